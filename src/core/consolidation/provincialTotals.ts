import { attainment } from "../attainment/attainment";
import { roundHalfAwayFromZero } from "../numbers";
import type { Indicator, Rules } from "../rules";
import { groupByCluster } from "./groupByCluster";
import type { IndicatorTotal, IndicatorTotals, IndicatorValue, ProvincialTotals } from "./types";

/**
 * One unit as the totals see it: its cluster and its indicator values.
 *
 * @example
 * const u: TotalledUnit = { cluster: "Cụm 1", indicators: { DV02: { target: null, actual: 85 } } };
 */
export interface TotalledUnit {
  readonly cluster: string | null;
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
}

/**
 * Sums the indicators of the included units, for the province and for each cluster
 * (DOMAIN.md, "Attainment"):
 * - a number: the sum of the actuals given, the sum of the targets given, and attainment =
 *   total actual ÷ total target (total target ÷ total actual where less is better) — the
 *   province's rate is never the average of the units' rates. Every unit's actual counts, also
 *   that of a unit that set no target: the province's figure is everything its units did, as
 *   the report writes it ("giới thiệu 153/59 …").
 * - yes/no: the number of units that answered Có; where the indicator's target is Có, the
 *   target is the number of units that answered, so the rate is the share that answered Có
 *   ("100% cơ quan, đơn vị tổ chức Hội nghị CBCCVC").
 * `actual` or `target` is `null` when no unit gave one; `attainment` is `null` without a rate;
 * never NaN or Infinity. Sums are rounded to 9 decimals to drop binary noise (216.8 stays
 * 216.8 however the amounts were added up).
 *
 * @example
 * provincialTotals(
 *   [{ cluster: "Cụm 1", indicators: { XD01: { target: 30, actual: 80 } } },
 *    { cluster: "Cụm 2", indicators: { XD01: { target: 29, actual: 73 } } }],
 *   { indicators: [xd01] },
 * ).province.XD01 // { actual: 153, target: 59, attainment: 2.593220338983051, reporting: 2 }
 */
export function provincialTotals(
  units: readonly TotalledUnit[],
  rules: Pick<Rules, "indicators">,
): ProvincialTotals {
  return {
    units: units.length,
    province: totalsOf(units, rules.indicators),
    clusters: groupByCluster(units.map((unit) => unit.cluster)).map((group) => ({
      cluster: group.cluster,
      units: group.indices.length,
      totals: totalsOf(
        group.indices.map((index) => units[index]!),
        rules.indicators,
      ),
    })),
  };
}

function totalsOf(
  units: readonly TotalledUnit[],
  indicators: readonly Indicator[],
): IndicatorTotals {
  const totals: Record<string, IndicatorTotal> = {};
  for (const indicator of indicators) totals[indicator.code] = totalOf(units, indicator);
  return totals;
}

function totalOf(units: readonly TotalledUnit[], indicator: Indicator): IndicatorTotal {
  let actual = 0;
  let target = 0;
  let reporting = 0;
  let targets = 0;
  for (const unit of units) {
    const value = unit.indicators[indicator.code];
    if (indicator.kind === "yesno") {
      if (typeof value?.actual !== "boolean") continue;
      reporting++;
      if (value.actual) actual++;
      continue;
    }
    if (typeof value?.actual === "number" && Number.isFinite(value.actual)) {
      reporting++;
      actual += value.actual;
    }
    if (typeof value?.target === "number" && Number.isFinite(value.target)) {
      targets++;
      target += value.target;
    }
  }
  if (indicator.kind === "yesno") {
    if (reporting === 0) return { actual: null, target: null, attainment: null, reporting };
    const yesTarget = indicator.yesTarget === true ? reporting : null;
    return {
      actual,
      target: yesTarget,
      attainment: yesTarget === null ? null : attainment(actual, yesTarget),
      reporting,
    };
  }
  const totalActual = reporting === 0 ? null : clean(actual);
  const totalTarget = targets === 0 ? null : clean(target);
  return {
    actual: totalActual,
    target: totalTarget,
    attainment:
      totalActual === null ? null : attainment(totalActual, totalTarget, indicator.direction),
    reporting,
  };
}

function clean(sum: number): number {
  return roundHalfAwayFromZero(sum, 9);
}
