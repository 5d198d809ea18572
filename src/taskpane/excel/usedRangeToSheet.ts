import type { Cell, SheetGrid } from "../../core/grid/cell";
import { isDateFormat } from "../../workbook/reader/isDateFormat";
import { serialToDate } from "../../workbook/reader/serialToDate";

/** What the adapter loads of a sheet's used range: the arrays Office returns, and where it starts. */
export interface UsedRangeData {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/**
 * One cell of a used range as the plain cell the checks read, the same one the xlsx reader
 * gives for the same cell in a saved file: an error value, a boolean, a date (a number shown
 * with a date format, converted in the workbook's date system), a number or text, with the
 * formula (without its "=") when the cell holds one. An empty cell is `undefined`.
 *
 * Office gives a constant cell's value again as its "formula"; a formula is told apart by its
 * leading "=" and by differing from the value (text that a user typed as "=x" into a cell
 * formatted as text has the same value and formula, and stays text).
 *
 * @example
 * excelCell(44204, "44204", "dd/mm/yyyy", "Integer", false) // { t: "d", v: 2021-01-08 }
 * excelCell("#REF!", "=A1/0", "General", "Error", false) // { t: "e", v: "#REF!", formula: "A1/0" }
 */
export function excelCell(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: string | undefined,
  date1904: boolean,
): Cell | undefined {
  const text =
    typeof formula === "string" && formula.startsWith("=") && formula !== value
      ? formula.slice(1)
      : undefined;
  const cell = cachedCell(value, numberFormat, valueType, date1904, text !== undefined);
  if (cell === undefined) return undefined;
  return text === undefined ? cell : { ...cell, formula: text };
}

function cachedCell(
  value: unknown,
  numberFormat: unknown,
  valueType: string | undefined,
  date1904: boolean,
  hasFormula: boolean,
): Cell | undefined {
  if (valueType === "Error") return { t: "e", v: String(value) };
  if (typeof value === "boolean") return { t: "b", v: value };
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(0, numberFormat)) {
      const date = serialToDate(value, date1904);
      if (date) return { t: "d", v: date };
    }
    return { t: "n", v: value };
  }
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  // An empty constant is an empty cell; a formula's empty result is still the formula's cell.
  if (text === "" && (!hasFormula || valueType === "Empty")) return undefined;
  return { t: "s", v: text };
}

/**
 * A sheet's used range, as loaded through the Excel API, as the sparse grid the checks read:
 * rows and columns counted from A1 (the used range's own position added back), so that a
 * finding's address is the cell's address in the sheet.
 *
 * @example
 * usedRangeToSheet("BaoCao", { rowIndex: 2, columnIndex: 1, values: [["Mã đơn vị"]],
 *   numberFormat: [["General"]], formulas: [["Mã đơn vị"]], valueTypes: [["String"]] }, false)
 *   .rows[2][1] // { t: "s", v: "Mã đơn vị" }  (cell B3)
 */
export function usedRangeToSheet(name: string, data: UsedRangeData, date1904: boolean): SheetGrid {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  data.values.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = excelCell(
        value,
        data.formulas[r]?.[c],
        data.numberFormat[r]?.[c],
        data.valueTypes[r]?.[c],
        date1904,
      );
      if (cell === undefined) return;
      (rows[data.rowIndex + r] ??= [])[data.columnIndex + c] = cell;
    });
  });
  return { name, rows };
}
