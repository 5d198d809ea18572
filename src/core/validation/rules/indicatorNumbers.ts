import { checkNumberCell, numberCellCodes } from "../checkNumberCell";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import type { ValidationRule } from "../validationRule";

/**
 * The `Kế hoạch` and `Thực hiện` cells of every number indicator, read in the indicator's unit:
 * text that is not a number, ambiguous separators, another unit, a formula error or a formula
 * never computed (errors), and a number kept as text (`number.as-text`, a warning, once per
 * cell, units and scale words included). Blank cells are left to other rules: an empty target
 * is fine, an empty actual is `indicator.actual-empty`.
 *
 * @example
 * // BaoCao: F14 "khoảng 20" → number.not-a-number at F14; F20 "22.750.000 đồng" → number.as-text at F20
 */
export const indicatorNumbers: ValidationRule = {
  id: "indicator-numbers",
  codes: numberCellCodes,
  meta: {
    description: "Targets and actuals of number indicators read as numbers; text is flagged.",
  },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.indicators?.rows ?? [], ctx.rules.indicators);
    for (const { definition, row } of rows) {
      if (definition.kind === "yesno") continue;
      checkNumberCell(ctx, row.cells.target, { unit: definition.unit });
      checkNumberCell(ctx, row.cells.actual, { unit: definition.unit });
    }
  },
};
