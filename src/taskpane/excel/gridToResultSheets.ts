import type { SheetGrid, WorkbookGrid } from "../../core/grid/cell";
import { dateToSerial } from "./dateToSerial";
import type { ResultSheetData, ResultValue } from "./resultSheetData";

/** How a date column is shown: day first, as Vietnamese dates are written. */
export const DATE_FORMAT = "dd/mm/yyyy";

/**
 * The sheets of a workbook read back by the file reader (`readWorkbook`), as sheets the
 * adapter can write cell by cell: values as they are, dates as date serials in a day-first
 * date format, formulas entered again (the values beside them kept for reference), error
 * values entered as themselves, and a column holding only text marked as a text column. So
 * the pane can put the workbook the CLI writes (`writeResultWorkbook` → bytes → `readWorkbook`)
 * into an Excel that cannot insert sheets from a file. What the reader does not read (styles,
 * widths, merged cells, number formats other than dates) is not carried over.
 *
 * @example
 * gridToResultSheets({ sheetNames: ["S"], sheets: [{ name: "S", rows: [[
 *   { t: "s", v: "Tổng" }, { t: "n", v: 12, formula: "SUM(B2:B9)" },
 * ]] }] })
 * // [{ name: "S", rows: [["Tổng", 12]], formulas: [[null, "=SUM(B2:B9)"]], textColumns: [0], numberFormats: {} }]
 */
export function gridToResultSheets(grid: WorkbookGrid): ResultSheetData[] {
  return grid.sheets.map(sheetData);
}

function sheetData(sheet: SheetGrid): ResultSheetData {
  let width = 0;
  for (const row of sheet.rows) width = Math.max(width, row?.length ?? 0);
  const rows: ResultValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: Record<number, string> = {};
  const hasText = new Set<number>();
  const hasOther = new Set<number>();
  let anyFormula = false;

  sheet.rows.forEach((cells, r) => {
    const values: ResultValue[] = Array<ResultValue>(width).fill(null);
    const entered: (string | null)[] = Array<string | null>(width).fill(null);
    cells?.forEach((cell, c) => {
      if (!cell) return;
      if (cell.formula !== undefined) entered[c] = `=${cell.formula}`;
      switch (cell.t) {
        case "f":
          break;
        case "e":
          values[c] = cell.v;
          entered[c] ??= cell.v;
          break;
        case "d":
          values[c] = dateToSerial(cell.v);
          numberFormats[c] = DATE_FORMAT;
          break;
        default:
          values[c] = cell.v;
      }
      if (entered[c] !== null) anyFormula = true;
      else if (cell.t === "s") hasText.add(c);
      else hasOther.add(c);
    });
    rows[r] = values;
    formulas[r] = entered;
  });

  const textColumns = [...hasText].filter((c) => !hasOther.has(c)).sort((a, b) => a - b);
  return {
    name: sheet.name,
    rows: Array.from(rows, (row) => row ?? Array<ResultValue>(width).fill(null)),
    ...(anyFormula
      ? { formulas: Array.from(formulas, (row) => row ?? Array<string | null>(width).fill(null)) }
      : {}),
    textColumns,
    numberFormats,
  };
}
