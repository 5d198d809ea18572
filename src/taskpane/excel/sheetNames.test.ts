import { loadSheetNames, matchSheetNames, sheetNameKey, spareSheetName } from "./sheetNames";
import { FakeExcel } from "./testing/fakeExcel";

describe("sheet names", () => {
  it("loads the names in tab order", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "B" }, { name: "A" }] });
    expect(await loadSheetNames(excel.context)).toEqual(["B", "A"]);
  });

  it("compares names as Excel does, ignoring case", () => {
    expect(sheetNameKey("Tổng Hợp")).toBe(sheetNameKey("TỔNG HỢP"));
    expect(matchSheetNames(["tổng hợp", "Sheet1"], ["Tổng hợp", "Xếp loại"])).toEqual([
      { wanted: "Tổng hợp", existing: "tổng hợp" },
    ]);
  });

  it.each([
    [[], 1, "~cdvc-1"],
    [["~cdvc-1", "~CDVC-2"], 1, "~cdvc-3"],
    [["~cdvc-1"], 5, "~cdvc-5"],
  ])("finds a spare name among %j from %d", (taken, from, expected) => {
    expect(spareSheetName(taken, from)).toBe(expected);
  });
});
