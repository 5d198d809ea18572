import { parsePeriod } from "../../period";
import { cellText } from "../../report";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * A `Kỳ báo cáo` that is none of the ways a period is written (`period.invalid`, at its value cell).
 *
 * @example
 * // BaoCao: C5 "Năm học 2024" → period.invalid at C5
 */
export const periodReadable: ValidationRule = {
  id: "period-readable",
  codes: ["period.invalid"],
  meta: { description: "The reporting period reads as a year, a half year or a term." },
  check(ctx) {
    const value = ctx.unitReport.fields.period?.value;
    if (!value) return;
    const text = cellText(value.cell).trim();
    if (!parsePeriod(text)) ctx.report("period.invalid", cellLocation(value), { text });
  },
};
