import type { Severity } from "../findings/finding";
import type { FindingCode } from "../messages/catalog";
import { numberReadingProblem, readNumberCell, type CellNumberReading } from "../numbers";
import type { ReportCell } from "../report";
import { cellLocation, type ValidationContext } from "./validationRule";

/** The finding codes {@link checkNumberCell} may report; a rule using it declares them. */
export const numberCellCodes = [
  "number.not-a-number",
  "number.ambiguous",
  "number.unit-mismatch",
  "number.formula-error",
  "number.formula-no-value",
  "number.as-text",
] as const satisfies readonly FindingCode[];

/**
 * Reads a cell where a number belongs and reports what the reading calls for: why it is no
 * number (text that is not one, ambiguous separators, another unit, a formula error, a formula
 * never computed), or the `number.as-text` warning for a number read from text. A blank cell is
 * not reported: whether it is a defect depends on the cell, and another rule decides.
 * `severity` overrides the failures' severity (for a cell that is checked but never used).
 *
 * @example
 * checkNumberCell(ctx, { sheet: "BaoCao", address: "F14", cell: { t: "s", v: "khoảng 20" } }, { unit: "người" })
 * // reports number.not-a-number at F14, returns { ok: false, code: "number.not-a-number", text: "khoảng 20" }
 */
export function checkNumberCell(
  ctx: ValidationContext,
  at: ReportCell,
  options: { unit?: string; severity?: Severity } = {},
): CellNumberReading {
  const reading = readNumberCell(at.cell, options.unit === undefined ? {} : { unit: options.unit });
  // A number typed as a number, nearly every cell checked, calls for nothing.
  if (reading.ok && !reading.fromText) return reading;
  if (!reading.ok && reading.code === "number.empty") return reading;
  const problem = numberReadingProblem(reading, options.unit);
  if (problem) {
    const severity = reading.ok ? undefined : options.severity;
    ctx.report(problem.code, cellLocation(at), problem.params, severity);
  }
  return reading;
}
