/**
 * Small consolidated periods written by hand, for the tests of the comparison, the term report
 * and the roll-up.
 */
import type { IndicatorValue } from "../../consolidation/types";
import { defaultRules, type ClassCode, type Rules } from "../../rules";
import type { PeriodResult, PeriodUnit } from "../periodResult";

/**
 * A unit with a score, rank, class and figures (cluster "Cụm 1" unless given).
 *
 * @example
 * unit("CD01", 92.5, 1, "HTXS", figures(50, [5, 6]))
 */
export function unit(
  code: string,
  score: number | null,
  rank: number | null,
  classification: ClassCode | null,
  indicators: Record<string, IndicatorValue> = {},
  cluster: string | null = "Cụm 1",
): PeriodUnit {
  return {
    code,
    name: `CĐCS ${code}`,
    cluster,
    score,
    rank,
    clusterRank: rank,
    classification,
    indicators,
  };
}

/**
 * A year's consolidation of the given units with the default rules (or others).
 *
 * @example
 * year(2023, [unit("CD01", 92.5, 1, "HTXS")]).source // "TongHop-2023.xlsx"
 */
export function year(
  y: number,
  units: readonly PeriodUnit[],
  rules: Rules = defaultRules,
  source = `TongHop-${y}.xlsx`,
): PeriodResult {
  return { source, period: { kind: "year", year: y }, rules, units };
}

/**
 * Figures of a unit: members (DV02), new members against a target (DV04), CL01.
 *
 * @example
 * figures(50, [5, 6], false).DV04 // { target: 5, actual: 6 }
 */
export function figures(
  members: number,
  recruited: [target: number, actual: number],
  conference = true,
): Record<string, IndicatorValue> {
  return {
    DV02: { target: null, actual: members },
    DV04: { target: recruited[0], actual: recruited[1] },
    CL01: { target: null, actual: conference },
  };
}
