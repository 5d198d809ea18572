import { provincialTotals } from "../consolidation/provincialTotals";
import type { ClassCounts, IndicatorTotals } from "../consolidation/types";
import type { PeriodResult } from "./periodResult";

/**
 * What a consolidated period comes to: its number of units, how many hold each class, and the
 * totals of every indicator of its rules, summed from the units the way the consolidation sums
 * them (provincialTotals: attainment is total actual ÷ total target, never an average of rates).
 *
 * @example
 * const summary = periodSummary(year2023);
 * summary.counts.HTXS // 9
 * summary.totals.XD01 // { actual: 153, target: 59, attainment: 2.593220338983051, reporting: 59 }
 */
export interface PeriodSummary {
  readonly units: number;
  readonly counts: ClassCounts;
  readonly totals: IndicatorTotals;
}

/**
 * Sums a consolidated period (see {@link PeriodSummary}); units without a class (none, in a
 * workbook this tool wrote) are counted in `units` but in no class.
 *
 * @example
 * periodSummary({ source: "a.xlsx", period: { kind: "year", year: 2024 }, rules: defaultRules, units: [] })
 * // { units: 0, counts: { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 }, totals: { DV01: { actual: null, … }, … } }
 */
export function periodSummary(period: PeriodResult): PeriodSummary {
  const counts: ClassCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };
  for (const unit of period.units) if (unit.classification) counts[unit.classification]++;
  return {
    units: period.units.length,
    counts,
    totals: provincialTotals(period.units, period.rules).province,
  };
}
