import { roundHalfAwayFromZero } from "../numbers";
import type { Rules } from "../rules";
import { criterionScore } from "./criterionScore";
import type { CriterionValue } from "./types";

/**
 * A unit's score (DOMAIN.md, "Classification"): the sum over the configured criteria of each
 * criterion's score (appraised else self, clipped to the configured max points — the rules'
 * max, not the one the unit's sheet shows), rounded to 2 decimals half away from zero, so
 * thresholds, quota and ranking all compare the same number. Criteria the rules do not know
 * count nothing.
 *
 * @example
 * unitScore({ TC1: { self: 15, appraised: 14.255 }, TC2: { self: 20, appraised: null } },
 *   { criteria: [{ code: "TC1", label: "…", maxPoints: 15 }, { code: "TC2", label: "…", maxPoints: 20 }] })
 * // 34.26
 */
export function unitScore(
  criteria: Readonly<Record<string, CriterionValue>>,
  rules: Pick<Rules, "criteria">,
): number {
  let sum = 0;
  for (const criterion of rules.criteria) {
    sum += criterionScore(criteria[criterion.code], criterion.maxPoints);
  }
  return roundHalfAwayFromZero(sum, 2);
}
