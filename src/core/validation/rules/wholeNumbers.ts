import { formatVietnameseNumber } from "../../numbers";
import { numberIn } from "../numberIn";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * A fraction in the target or actual of an indicator counted in whole units, a fraction of a
 * person above all (`indicator.fraction`, at that cell).
 *
 * @example
 * // BaoCao: F13 "100,5" on the DV02 row → indicator.fraction at F13
 */
export const wholeNumbers: ValidationRule = {
  id: "whole-numbers",
  codes: ["indicator.fraction"],
  meta: { description: "Indicators counted in whole units hold whole numbers." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.indicators?.rows ?? [], ctx.rules.indicators);
    for (const { definition, row } of rows) {
      if (!definition.integer || definition.kind === "yesno") continue;
      for (const at of [row.cells.target, row.cells.actual]) {
        const value = numberIn(at, definition.unit);
        if (value !== null && !Number.isInteger(value)) {
          ctx.report("indicator.fraction", cellLocation(at), {
            code: definition.code,
            label: definition.label,
            unit: definition.unit,
            value: formatVietnameseNumber(value, { maxDecimals: 6 }),
          });
        }
      }
    }
  },
};
