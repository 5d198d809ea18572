import { checkTableCodes } from "../checkTableCodes";
import type { ValidationRule } from "../validationRule";

/**
 * The indicator codes of BaoCao against the configuration: a configured code without a row
 * (`indicator.missing`, no cell), a repeated code (`indicator.duplicate`, at the repeat's
 * `Mã số` cell), a code the configuration does not know (`indicator.unknown`, a warning).
 *
 * @example
 * // BaoCao: no row with Mã số DV04 → indicator.missing on sheet BaoCao, no cell
 */
export const indicatorCodes: ValidationRule = {
  id: "indicator-codes",
  codes: ["indicator.missing", "indicator.duplicate", "indicator.unknown"],
  meta: { description: "Every configured indicator has exactly one row; extra codes are flagged." },
  check(ctx) {
    checkTableCodes(ctx, ctx.unitReport.indicators, ctx.rules.indicators, {
      missing: "indicator.missing",
      duplicate: "indicator.duplicate",
      unknown: "indicator.unknown",
    });
  },
};
