import { checkTableCodes } from "../checkTableCodes";
import type { ValidationRule } from "../validationRule";

/**
 * The criterion codes of ChamDiem against the configuration: a configured code without a row
 * (`criterion.missing`, no cell), a repeated code (`criterion.duplicate`, at the repeat's
 * `Mã số` cell), a code the configuration does not know (`criterion.unknown`, a warning).
 *
 * @example
 * // ChamDiem: TC3 on rows 6 and 12 → criterion.duplicate at A12
 */
export const criterionCodes: ValidationRule = {
  id: "criterion-codes",
  codes: ["criterion.missing", "criterion.duplicate", "criterion.unknown"],
  meta: { description: "Every configured criterion has exactly one row; extra codes are flagged." },
  check(ctx) {
    checkTableCodes(ctx, ctx.unitReport.criteria, ctx.rules.criteria, {
      missing: "criterion.missing",
      duplicate: "criterion.duplicate",
      unknown: "criterion.unknown",
    });
  },
};
