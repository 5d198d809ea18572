import { SheetsExistError } from "./errors";
import { insertWorkbookSheets } from "./insertWorkbookSheets";
import { FakeExcel } from "./testing/fakeExcel";
import { withExcelApi } from "./testing/requirements";

const NAMES = ["Tổng hợp", "Xếp loại"];

describe("insertWorkbookSheets", () => {
  it("returns false and touches nothing where ExcelApi 1.13 is missing", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const done = await withExcelApi("1.12", () =>
      insertWorkbookSheets(excel.context, "UEsDBA==", NAMES),
    );
    expect(done).toBe(false);
    expect(excel.calls).toEqual([]);
  });

  it("inserts the named sheets at the end in one request after reading the names", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const done = await withExcelApi("1.13", () =>
      insertWorkbookSheets(excel.context, "UEsDBA==", NAMES),
    );
    expect(done).toBe(true);
    expect(excel.batches()).toEqual([
      [],
      [
        {
          op: "insertWorksheets",
          base64: "UEsDBA==",
          options: { sheetNamesToInsert: NAMES, positionType: "End" },
        },
      ],
    ]);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...NAMES]);
  });

  it("refuses to insert over sheets of the same names unless asked to replace them", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "xếp loại" }] });
    const attempt = withExcelApi("1.13", () => insertWorkbookSheets(excel.context, "x", NAMES));
    await expect(attempt).rejects.toBeInstanceOf(SheetsExistError);
    await expect(attempt).rejects.toMatchObject({ names: ["Xếp loại"] });
    expect(excel.calls).toEqual([{ op: "sync" }]);
  });

  it("replaces sheets of the same names, keeping their names for the new ones", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Xếp loại", cells: { A1: "cũ" } }] });
    await withExcelApi("1.13", () =>
      insertWorkbookSheets(excel.context, "x", NAMES, { replace: true }),
    );
    expect(excel.sheetNames()).toEqual(NAMES);
    expect(excel.sheet("Xếp loại").cells.size).toBe(0);
    expect(excel.calls.filter((call) => call.op !== "insertWorksheets")).toEqual([
      { op: "sync" },
      { op: "renameSheet", sheet: "Xếp loại", to: "~cdvc-1" },
      { op: "sync" },
      { op: "deleteSheet", sheet: "~cdvc-1" },
      { op: "sync" },
    ]);
  });

  it("gives the moved sheets their names back when Excel refuses the copy", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "Tổng hợp", cells: { A1: "cũ" } }],
      insertFails: true,
    });
    const attempt = withExcelApi("1.13", () =>
      insertWorkbookSheets(excel.context, "x", NAMES, { replace: true }),
    );
    await expect(attempt).rejects.toThrow(/InsertWorksheetsFailed/);
    expect(excel.sheetNames()).toEqual(["Tổng hợp"]);
    expect(excel.sheet("Tổng hợp").value("A1")).toBe("cũ");
  });
});
