import { selectCell } from "./selectCell";
import { FakeExcel } from "./testing/fakeExcel";

function workbook() {
  return new FakeExcel({ sheets: [{ name: "BaoCao" }, { name: "ChamDiem" }] });
}

describe("selectCell", () => {
  it.each([
    ["BaoCao", "F14", "F14"],
    ["ChamDiem", "$D$11", "D11"],
    ["chamdiem", "A1:B2", "A1:B2"],
  ])("activates %s and selects %s in one request", async (sheet, address, selected) => {
    const excel = workbook();
    await selectCell(excel.context, sheet, address);
    expect(excel.batches()).toEqual([
      [
        { op: "activate", sheet: sheet === "chamdiem" ? "ChamDiem" : sheet },
        { op: "select", sheet: sheet === "chamdiem" ? "ChamDiem" : sheet, address: selected },
      ],
    ]);
  });

  it("only activates the sheet of a finding that has no cell", async () => {
    const excel = workbook();
    await selectCell(excel.context, "ChamDiem", "");
    expect(excel.calls).toEqual([{ op: "activate", sheet: "ChamDiem" }, { op: "sync" }]);
  });

  it("fails for a sheet that is gone", async () => {
    await expect(selectCell(workbook().context, "DeNghiKhenThuong", "A1")).rejects.toThrow(
      /ItemNotFound/,
    );
  });
});
