import ExcelJS from "exceljs";
import { LeanSheet } from "./leanSheet";
import type { TableSheet } from "./tableSheet";

// The same steps on a LeanSheet and on ExcelJS's own worksheet must read back the same.
function both(steps: (sheet: TableSheet) => void): [TableSheet, TableSheet] {
  const workbook = new ExcelJS.Workbook();
  const lean = new LeanSheet(workbook.addWorksheet("lean"));
  const theirs = workbook.addWorksheet("exceljs");
  steps(lean);
  steps(theirs);
  return [lean, theirs];
}

// What a writer can read of a cell.
const seen = (sheet: TableSheet, row: number, column: number) => {
  const cell = sheet.getCell(row, column);
  return {
    value: cell.value,
    text: cell.text,
    numFmt: cell.numFmt,
    isMerged: cell.isMerged,
    address: cell.address,
  };
};

describe("LeanSheet", () => {
  it("reads back values, texts and formats as ExcelJS's worksheet does", () => {
    const sheets = both((sheet) => {
      sheet.getCell(1, 1).value = "Đơn vị";
      sheet.getCell(1, 2).value = 12.5;
      sheet.getCell(1, 2).style = { numFmt: "#,##0.0" };
      sheet.getCell(2, 1).value = true;
      sheet.getCell(2, 2).value = new Date(Date.UTC(2024, 11, 31));
      // A formula reads back without its falsy parts: a result of 0 is not given back.
      sheet.getCell(3, 1).value = { formula: "SUM(B1:B2)", result: 0, date1904: false };
      sheet.getCell(3, 2).value = { formula: 'A1&"!"', result: "Đơn vị!" };
      sheet.getCell(4, 1).value = "x";
      sheet.getCell(4, 1).value = null;
      sheet.getCell("AB12").value = 7;
    });
    for (const [row, column] of [
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
      [4, 1],
      [5, 5],
      [12, 28],
    ] as const) {
      expect(seen(sheets[0], row, column)).toEqual(seen(sheets[1], row, column));
    }
    expect(sheets[0].getCell(3, 1).value).toEqual({ formula: "SUM(B1:B2)" });
    expect(sheets[0].getCell(12, 28).address).toBe("AB12");
  });

  it("merges as ExcelJS does: the block reads and writes its top-left cell", () => {
    const sheets = both((sheet) => {
      const master = sheet.getCell(2, 2);
      master.value = "gộp";
      master.style = { font: { bold: true } };
      sheet.mergeCells(2, 2, 3, 4);
      sheet.getCell(3, 4).value = "ghi vào ô đầu";
    });
    const [lean, theirs] = sheets;
    for (const [row, column] of [
      [2, 2],
      [2, 3],
      [3, 4],
      [4, 4],
    ] as const) {
      expect(seen(lean, row, column)).toEqual(seen(theirs, row, column));
    }
    expect(lean.getCell(3, 3).style).toBe(lean.getCell(2, 2).style);
    expect(lean.getCell(2, 2).value).toBe("ghi vào ô đầu");
    expect(() => lean.mergeCells(3, 3, 5, 5)).toThrow("Cannot merge already merged cells");
    expect(() => theirs.mergeCells(3, 3, 5, 5)).toThrow("Cannot merge already merged cells");
  });

  it("walks the rows and cells that hold a value, as ExcelJS's eachRow and eachCell", () => {
    const walked = both((sheet) => {
      sheet.getCell(1, 3).value = "a";
      sheet.getCell(2, 1).style = { numFmt: "0" }; // styled, no value: not walked
      sheet.getRow(4).height = 30;
      sheet.getCell(5, 2).value = 0;
      sheet.getCell(5, 1).value = null;
    }).map((sheet) => {
      const cells: string[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        row.eachCell({ includeEmpty: false }, (cell, column) =>
          cells.push(`${number}:${column}=${String(cell.value)}`),
        );
      });
      return cells;
    });
    expect(walked[0]).toEqual(["1:3=a", "5:2=0"]);
    expect(walked[0]).toEqual(walked[1]);
  });

  it("keeps the sheet's columns, panes, filter and page setup in its ExcelJS worksheet", () => {
    const frame = new ExcelJS.Workbook().addWorksheet("frame");
    const lean = new LeanSheet(frame);
    lean.getColumn(3).width = 24;
    lean.views = [{ state: "frozen", ySplit: 4 }];
    lean.autoFilter = { from: { row: 4, column: 1 }, to: { row: 9, column: 3 } };
    lean.pageSetup = { ...lean.pageSetup, orientation: "landscape" };
    expect(frame.getColumn(3).width).toBe(24);
    expect(frame.views).toEqual([{ state: "frozen", ySplit: 4 }]);
    expect(frame.autoFilter).toEqual(lean.autoFilter);
    expect(frame.pageSetup.orientation).toBe("landscape");
    expect(frame.rowCount).toBe(0);
  });

  it("refuses a value of a kind the result sheets never write", () => {
    const lean = new LeanSheet(new ExcelJS.Workbook().addWorksheet("x"));
    expect(() => {
      lean.getCell(1, 1).value = { text: "trang", hyperlink: "https://example.org/" };
    }).toThrow(/not written here/);
    expect(() => lean.getCell("not an address")).toThrow(/not a cell address/);
  });
});
