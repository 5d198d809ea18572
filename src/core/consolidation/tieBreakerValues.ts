import type { Rules } from "../rules";
import { criterionScore } from "./criterionScore";
import { indicatorAttainment } from "./indicatorAttainment";
import type { UnitValues } from "./types";

/**
 * The values that split a unit's equal score from another's, in the configured order
 * (DOMAIN.md, "Ranking"): a criterion's score as counted (appraised else self, clipped), or an
 * indicator's attainment. A criterion or indicator the rules do not define gives `null`, which
 * ranks below every value.
 *
 * @example
 * tieBreakerValues(
 *   { criteria: { TC2: { self: 18, appraised: 17 } }, indicators: { XD01: { target: 59, actual: 153 } } },
 *   { tieBreakers: [{ criterion: "TC2" }, { indicator: "XD01" }], criteria: [{ code: "TC2", label: "…", maxPoints: 20 }],
 *     indicators: [{ code: "XD01", kind: "count", direction: "higher", … }] },
 * ) // [17, 2.593220338983051]
 */
export function tieBreakerValues(
  unit: Pick<UnitValues, "criteria" | "indicators">,
  rules: Pick<Rules, "tieBreakers" | "criteria" | "indicators">,
): (number | null)[] {
  return rules.tieBreakers.map((tieBreaker) => {
    if ("criterion" in tieBreaker) {
      const criterion = rules.criteria.find((c) => c.code === tieBreaker.criterion);
      return criterion ? criterionScore(unit.criteria[criterion.code], criterion.maxPoints) : null;
    }
    const indicator = rules.indicators.find((i) => i.code === tieBreaker.indicator);
    return indicator ? indicatorAttainment(indicator, unit.indicators[indicator.code]) : null;
  });
}
