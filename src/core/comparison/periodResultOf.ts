import type { ConsolidationResult } from "../consolidation/types";
import type { Rules } from "../rules";
import type { PeriodResult, PeriodUnit } from "./periodResult";

/**
 * A consolidation just made, as a period to compare: its included units with their score,
 * ranks, class and indicator values. `null` when the consolidation has no period (the files
 * did not agree on one), since a comparison or a term needs to know which period it is.
 *
 * @example
 * const current = periodResultOf(consolidate(input, rules), rules, "TongHop.xlsx");
 * current?.units.length // 57
 */
export function periodResultOf(
  result: ConsolidationResult,
  rules: Rules,
  source: string,
): PeriodResult | null {
  if (result.period === null) return null;
  const units = result.units.flatMap((u): PeriodUnit[] =>
    u.status === "included" && u.code !== null
      ? [
          {
            code: u.code,
            name: u.name ?? "",
            cluster: u.cluster,
            score: u.score,
            rank: u.rank,
            clusterRank: u.clusterRank,
            classification: u.classification,
            indicators: u.indicators ?? {},
          },
        ]
      : [],
  );
  return { source, period: result.period, rules, units };
}
