import { FakeExcel } from "./fakeExcel";

// The adapter's tests lean on these behaviours of the fake; if the fake stopped having them,
// the adapter's tests could pass for the wrong reason.
describe("FakeExcel", () => {
  it("reads typed text as Excel does unless the cell is formatted as text", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "S" }] });
    const sheet = excel.context.workbook.worksheets.getItem("S");
    sheet.getRange("A2:A2").numberFormat = [["@"]];
    sheet.getRange("A1:F2").values = [
      ["=1+1", "+84", "-x", "@x", "001", "TRUE"],
      ["=1+1", null, null, null, null, null],
    ];
    await excel.context.sync();
    const model = excel.sheet("S");
    expect(model.cells.get("A1")?.formula).toBe("=1+1");
    expect(model.cells.get("B1")?.value).toBe(84);
    expect(model.cells.get("C1")?.formula).toBe("=-x");
    expect(model.cells.get("D1")?.formula).toBe("=@x");
    expect(model.cells.get("E1")?.value).toBe(1);
    expect(model.cells.get("F1")?.value).toBe(true);
    expect(model.cells.get("A2")).toEqual({ value: "=1+1", numberFormat: "@" });
  });

  it("gives a loaded property only after sync, as Office does", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "S", cells: { B2: 5 } }] });
    const range = excel.context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
    range.load("values");
    expect(range.values).not.toEqual([[5]]);
    await excel.context.sync();
    expect(range.values).toEqual([[5]]);
  });

  it("refuses a write whose array does not match the range", () => {
    const excel = new FakeExcel({ sheets: [{ name: "S" }] });
    const range = excel.context.workbook.worksheets.getItem("S").getRange("A1:B1");
    expect(() => {
      range.values = [[1]];
    }).toThrow(/does not match/);
  });
});
