import { isBlankCell } from "../../report";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * An indicator row whose `Thực hiện` is blank (`indicator.actual-empty`, at that cell): a figure
 * left out cannot be told from a zero, and a yes/no left out would slip past the caps, so the
 * unit is asked to enter 0, Có or Không. An empty `Kế hoạch` is fine (no target, no rate).
 *
 * @example
 * // BaoCao: F22 blank on the CL05 row → indicator.actual-empty at F22
 */
export const indicatorActualEmpty: ValidationRule = {
  id: "indicator-actual-empty",
  codes: ["indicator.actual-empty"],
  meta: { description: "Every indicator row has an actual figure." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.indicators?.rows ?? [], ctx.rules.indicators);
    for (const { definition, row } of rows) {
      if (isBlankCell(row.cells.actual.cell)) {
        ctx.report("indicator.actual-empty", cellLocation(row.cells.actual), {
          code: definition.code,
          label: definition.label,
        });
      }
    }
  },
};
