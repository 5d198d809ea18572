import { parseVietnameseDate } from "../../numbers";
import { cellText } from "../../report";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * A `Ngày báo cáo` or `Ngày thành lập` that is no date read day first (`date.invalid`, at its
 * value cell). An empty founding date is fine: the field is optional.
 *
 * @example
 * // BaoCao: C8 "12/31/2024" → date.invalid at C8 (a US-order reading is never tried)
 */
export const datesReadable: ValidationRule = {
  id: "dates-readable",
  codes: ["date.invalid"],
  meta: { description: "The report date and the founding date read as dates, day first." },
  check(ctx) {
    for (const key of ["founded", "reportDate"] as const) {
      const value = ctx.unitReport.fields[key]?.value;
      if (value && !parseVietnameseDate(value.cell)) {
        ctx.report("date.invalid", cellLocation(value), { text: cellText(value.cell) });
      }
    }
  },
};
