import { checkNumberCell, numberCellCodes } from "../checkNumberCell";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import type { ValidationRule } from "../validationRule";

/**
 * The `Tự chấm` and `Thẩm định` cells of every criterion, read as numbers: the same errors and
 * `number.as-text` warning as figures. Blank cells are left to other rules: a missing self
 * score is `score.self-missing`, an empty appraised score is fine.
 *
 * @example
 * // ChamDiem: D5 "18 điểm" → number.not-a-number at D5; D6 "19,5" → number.as-text at D6
 */
export const scoreNumbers: ValidationRule = {
  id: "score-numbers",
  codes: numberCellCodes,
  meta: { description: "Self and appraised scores read as numbers; text is flagged." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.criteria?.rows ?? [], ctx.rules.criteria);
    for (const { row } of rows) {
      checkNumberCell(ctx, row.cells.self);
      checkNumberCell(ctx, row.cells.appraised);
    }
  },
};
