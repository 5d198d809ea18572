import type { Cell, CellFormulaValue } from "exceljs";
import { formatVietnameseDate, formatVietnameseNumber } from "../../src/core/numbers";
import type { CellInput } from "./validUnitValues";

/** How figures and dates are written into a cell. */
export interface InputStyle {
  /** Numbers as number cells (default) or as Vietnamese text ("2.686", "216,8", "1,6 tỷ"). */
  readonly numbers?: "number" | "text";
  /** Dates as date cells (default) or as day-first text "08/01/2021". */
  readonly dates?: "date" | "text";
}

/**
 * Writes a value as a unit would: yes/no as Có/Không, dates as dd/mm/yyyy date cells or text,
 * numbers as numbers or Vietnamese text (money of a thousand million or more in "tỷ" when the
 * row's unit is triệu đồng), text exactly as given, formulas with or without a cached result.
 */
export function writeInput(cell: Cell, value: CellInput, style: InputStyle, unit?: string): void {
  if (typeof value === "boolean") {
    cell.value = value ? "Có" : "Không";
  } else if (value instanceof Date) {
    if (style.dates === "text") cell.value = formatVietnameseDate(value);
    else {
      cell.value = value;
      cell.numFmt = "dd/mm/yyyy";
    }
  } else if (typeof value === "number" && style.numbers === "text") {
    cell.value = vietnameseText(value, unit);
  } else if (typeof value === "object") {
    cell.value =
      value.result === undefined
        ? { formula: value.formula }
        : { formula: value.formula, result: value.result as CellFormulaValue["result"] };
  } else {
    cell.value = value;
  }
}

/** A number as a unit would type it: "2.686", "216,8", and money in thousands of millions as "1,6 tỷ". */
function vietnameseText(value: number, unit: string | undefined): string {
  if (unit === "triệu đồng" && Math.abs(value) >= 1000) {
    return `${formatVietnameseNumber(value / 1000, { maxDecimals: 3 })} tỷ`;
  }
  return formatVietnameseNumber(value, { maxDecimals: 3 });
}
