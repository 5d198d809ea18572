import { existingSheets } from "./existingSheets";
import { FakeExcel } from "./testing/fakeExcel";

describe("existingSheets", () => {
  it.each([
    [["Tổng hợp", "Xếp loại"], ["Tổng hợp"]],
    [["XẾP LOẠI", "tổng hợp"], ["tổng hợp"]],
    [["Kiểm tra", "Báo cáo"], []],
    [[], []],
  ])("of %j finds %j, in one sync", async (names, expected) => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }, { name: "Tổng hợp" }] });
    expect(await existingSheets(excel.context, names)).toEqual(expected);
    expect(excel.syncCount()).toBe(1);
  });
});
