import { toA1 } from "../../core/grid/address";
import type { Cell, SheetGrid } from "../../core/grid/cell";
import { defaultRules } from "../../core/rules";
import { validateWorkbook } from "../../core/validation";
import { codesAndCells, formula, reportWorkbook, withCells } from "../../../test/support/grid";
import { readReportGrid } from "./readReportGrid";
import { FakeExcel } from "./testing/fakeExcel";
import { fakeSheetFromGrid } from "./testing/fakeSheetFromGrid";

// Compares sheets cell by cell: the test grids hold explicit blanks where Excel has none.
function cellsByAddress(sheet: SheetGrid): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) cells[toA1(r, c)] = cell;
    }),
  );
  return cells;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// The filled-in form of test/support/grid.ts, as Excel holds it once opened: every formula
// computed (E11, the appraised total, sums empty cells to 0).
const computed = withCells(reportWorkbook(), "ChamDiem", { E11: formula("SUM(E4:E10)", 0) });

function openInExcel(grid = computed, extra: Parameters<typeof fakeSheetFromGrid> | null = null) {
  const sheets = grid.sheets.map((sheet) => fakeSheetFromGrid(sheet));
  if (extra) sheets.push(fakeSheetFromGrid(...extra));
  return new FakeExcel({ sheets: [...sheets, { name: "Ghi chép", cells: { A1: "riêng" } }] });
}

describe("readReportGrid", () => {
  it("reads the form's sheets into the grid the file reader gives, in two syncs", async () => {
    const excel = openInExcel();
    const grid = await readReportGrid(excel.context);
    expect(grid.sheetNames).toEqual(["BaoCao", "ChamDiem", "Ghi chép"]);
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual(["BaoCao", "ChamDiem"]);
    expect(grid.sheets.map(cellsByAddress)).toEqual(computed.sheets.map(cellsByAddress));
    expect(excel.syncCount()).toBe(2);
  });

  it("gives validateWorkbook a clean report's values with no finding", async () => {
    const grid = await readReportGrid(openInExcel().context);
    const { unit, findings } = validateWorkbook(grid, "Sổ đang mở", defaultRules);
    expect(findings).toEqual([]);
    expect(unit).toMatchObject({
      code: "CD001",
      reportDate: day(2024, 12, 10),
      founded: day(2010, 3, 15),
    });
    expect(unit?.indicators.DV01).toEqual({ target: null, actual: 120 });
  });

  it("gives the same findings at the same cells as the file would", async () => {
    const bad = withCells(computed, "BaoCao", {
      F12: "khoảng 20",
      F13: { t: "e", v: "#REF!", formula: "F12/#REF!" },
      F14: 150,
      C8: day(2024, 12, 10),
    });
    const grid = await readReportGrid(openInExcel(bad).context);
    const fromExcel = validateWorkbook(grid, "a.xlsx", defaultRules).findings;
    expect(codesAndCells(fromExcel)).toEqual(
      codesAndCells(validateWorkbook(bad, "a.xlsx", defaultRules).findings),
    );
    expect(codesAndCells(fromExcel)).toEqual(
      expect.arrayContaining([
        ["number.not-a-number", "F12"],
        ["number.formula-error", "F13"],
      ]),
    );
  });

  it("keeps cells at their addresses when the used range does not start at A1", async () => {
    const excel = new FakeExcel({
      sheets: [
        {
          name: "BaoCao",
          cells: {
            C4: "Mã đơn vị",
            E4: "CD009",
            C5: { value: 45636, numberFormat: "d/m/yyyy" },
            D6: { value: 92, formula: "=SUM(D1:D5)" },
            E6: { value: "#DIV/0!", formula: "=1/0", error: true },
          },
        },
        { name: "Sheet1", cells: {} },
      ],
    });
    const grid = await readReportGrid(excel.context);
    const rows = grid.sheets[0]!.rows;
    expect(rows[3]?.[2]).toEqual({ t: "s", v: "Mã đơn vị" });
    expect(rows[3]?.[4]).toEqual({ t: "s", v: "CD009" });
    expect(rows[4]?.[2]).toEqual({ t: "d", v: day(2024, 12, 10) });
    expect(rows[5]?.[3]).toEqual({ t: "n", v: 92, formula: "SUM(D1:D5)" });
    expect(rows[5]?.[4]).toEqual({ t: "e", v: "#DIV/0!", formula: "1/0" });
    expect(rows.slice(0, 3)).toEqual([undefined, undefined, undefined]);
  });

  it("reads dates in the workbook's 1904 date system", async () => {
    const excel = new FakeExcel({
      date1904: true,
      sheets: [{ name: "BaoCao", cells: { C8: { value: 42742, numberFormat: "dd/mm/yyyy" } } }],
    });
    const grid = await readReportGrid(excel.context);
    expect(grid.sheets[0]!.rows[7]?.[2]).toEqual({ t: "d", v: day(2021, 1, 8) });
  });

  it("reads a form sheet with nothing in it as an empty sheet, and skips other sheets", async () => {
    const excel = new FakeExcel({
      sheets: [
        { name: "Bao cao", cells: {} },
        { name: "Sheet2", cells: { A1: 1 } },
      ],
    });
    const grid = await readReportGrid(excel.context);
    expect(grid).toEqual({
      sheetNames: ["Bao cao", "Sheet2"],
      sheets: [{ name: "Bao cao", rows: [] }],
    });
  });
});
