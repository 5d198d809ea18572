import { isBlankCell } from "../../report";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * A criterion without a self score (`score.self-missing`, at its `Tự chấm` cell). An empty
 * appraised score is fine: the self score counts until the province appraises.
 *
 * @example
 * // ChamDiem: D6 blank on the TC3 row → score.self-missing at D6
 */
export const selfScoreMissing: ValidationRule = {
  id: "self-score-missing",
  codes: ["score.self-missing"],
  meta: { description: "Every criterion has a self score." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.criteria?.rows ?? [], ctx.rules.criteria);
    for (const { definition, row } of rows) {
      if (isBlankCell(row.cells.self.cell)) {
        ctx.report("score.self-missing", cellLocation(row.cells.self), {
          code: definition.code,
          label: definition.label,
          max: definition.maxPoints,
        });
      }
    }
  },
};
