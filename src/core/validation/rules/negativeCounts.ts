import { formatVietnameseNumber } from "../../numbers";
import { numberIn } from "../numberIn";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * A negative target or actual of a count indicator (`indicator.negative`, at that cell).
 *
 * @example
 * // BaoCao: F15 -3 on the DV04 row → indicator.negative at F15
 */
export const negativeCounts: ValidationRule = {
  id: "negative-counts",
  codes: ["indicator.negative"],
  meta: { description: "Counts are not negative." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.indicators?.rows ?? [], ctx.rules.indicators);
    for (const { definition, row } of rows) {
      if (definition.kind !== "count") continue;
      for (const at of [row.cells.target, row.cells.actual]) {
        const value = numberIn(at, definition.unit);
        if (value !== null && value < 0) {
          ctx.report("indicator.negative", cellLocation(at), {
            code: definition.code,
            label: definition.label,
            value: formatVietnameseNumber(value, { maxDecimals: 6 }),
          });
        }
      }
    }
  },
};
