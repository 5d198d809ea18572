import { formatVietnameseNumber } from "../../numbers";
import { reportForm } from "../../report";
import { numberIn } from "../numberIn";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * A self or appraised score above the criterion's configured max points (`score.above-max`) or
 * below zero (`score.negative`), at that score's cell. The max is the configuration's, not the
 * sheet's `Điểm chuẩn`.
 *
 * @example
 * // ChamDiem: D4 16 on the TC1 row (max 15) → score.above-max at D4
 */
export const scoreRange: ValidationRule = {
  id: "score-range",
  codes: ["score.above-max", "score.negative"],
  meta: { description: "Scores lie between 0 and the criterion's max points." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.criteria?.rows ?? [], ctx.rules.criteria);
    const columns = reportForm.criterionColumns;
    for (const { definition, row } of rows) {
      for (const [at, column] of [
        [row.cells.self, columns.self],
        [row.cells.appraised, columns.appraised],
      ] as const) {
        const score = numberIn(at);
        if (score === null || (score >= 0 && score <= definition.maxPoints)) continue;
        ctx.report(score < 0 ? "score.negative" : "score.above-max", cellLocation(at), {
          code: definition.code,
          label: definition.label,
          column,
          score: formatVietnameseNumber(score, { maxDecimals: 6 }),
          max: formatVietnameseNumber(definition.maxPoints, { maxDecimals: 6 }),
        });
      }
    }
  },
};
