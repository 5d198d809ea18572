import { formatVietnameseNumber } from "../../numbers";
import { definitionsByCode } from "../definitionsByCode";
import { firstRowByCode } from "../firstRowByCode";
import { numberIn } from "../numberIn";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * An actual above the actual of the indicator it may not exceed (`atMost`: women ≤ members ≤
 * employees), `indicator.exceeds` at the smaller side's cell: DV03's cell for DV03 ≤ DV02.
 * Unreadable or missing figures are reported by other rules and not compared.
 *
 * @example
 * // BaoCao: F14 (DV03) 120, F13 (DV02) 100 → indicator.exceeds at F14
 */
export const indicatorBounds: ValidationRule = {
  id: "indicator-bounds",
  codes: ["indicator.exceeds"],
  meta: { description: "An indicator with atMost does not exceed the indicator it names." },
  check(ctx) {
    const rows = firstRowByCode(ctx.unitReport.indicators?.rows ?? []);
    const byCode = definitionsByCode(ctx.rules.indicators);
    for (const indicator of ctx.rules.indicators) {
      if (indicator.atMost === undefined) continue;
      const boundIndicator = byCode.get(indicator.atMost.toUpperCase());
      const row = rows.get(indicator.code.toUpperCase());
      const boundRow = rows.get(indicator.atMost.toUpperCase());
      if (!boundIndicator || !row || !boundRow) continue;
      const value = numberIn(row.cells.actual, indicator.unit);
      const bound = numberIn(boundRow.cells.actual, boundIndicator.unit);
      if (value === null || bound === null || value <= bound) continue;
      ctx.report("indicator.exceeds", cellLocation(row.cells.actual), {
        code: indicator.code,
        label: indicator.label,
        value: formatVietnameseNumber(value, { maxDecimals: 6 }),
        boundCode: boundIndicator.code,
        boundLabel: boundIndicator.label,
        bound: formatVietnameseNumber(bound, { maxDecimals: 6 }),
      });
    }
  },
};
