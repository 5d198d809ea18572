import { attainment } from "../attainment/attainment";
import type { IndicatorTotal, IndicatorTotals } from "../consolidation/types";
import { roundHalfAwayFromZero } from "../numbers";
import type { Indicator } from "../rules";

/**
 * An indicator's totals over a term, from the province's totals of each year: the actuals
 * summed, the targets summed over the years that had one, and attainment = total actual ÷ total
 * target (flipped where less is better) — never the average of the years' rates. A yes/no
 * indicator sums its Có answers and, where its target is Có, the units that answered, so its
 * rate is the share of Có over all the years' answers. `reporting` sums the units that gave a
 * figure, year by year. A year without a total for the indicator (its rules did not have it)
 * adds nothing. Sums are rounded to 9 decimals, as the yearly totals are.
 *
 * @example
 * termTotals([{ XD01: { actual: 153, target: 59, attainment: 2.59, reporting: 59 } },
 *             { XD01: { actual: 120, target: 60, attainment: 2, reporting: 58 } }], [xd01]).XD01
 * // { actual: 273, target: 119, attainment: 2.294117647058824, reporting: 117 }
 */
export function termTotals(
  years: readonly IndicatorTotals[],
  indicators: readonly Indicator[],
): IndicatorTotals {
  return Object.fromEntries(
    indicators.map((indicator) => [indicator.code, termTotal(years, indicator)]),
  );
}

function termTotal(years: readonly IndicatorTotals[], indicator: Indicator): IndicatorTotal {
  let actual: number | null = null;
  let target: number | null = null;
  let reporting = 0;
  for (const year of years) {
    const total = year[indicator.code];
    if (!total) continue;
    reporting += total.reporting;
    if (total.actual !== null) actual = (actual ?? 0) + total.actual;
    if (total.target !== null) target = (target ?? 0) + total.target;
  }
  const clean = (sum: number | null) => (sum === null ? null : roundHalfAwayFromZero(sum, 9));
  const a = clean(actual);
  const t = clean(target);
  return {
    actual: a,
    target: t,
    attainment: a === null ? null : attainment(a, t, indicator.direction),
    reporting,
  };
}
