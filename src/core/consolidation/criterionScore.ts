import type { CriterionValue } from "./types";

/**
 * The score a criterion counts for (DOMAIN.md, "Classification"): the appraised score when one
 * is given, else the self score, clipped to [0, max points]. A criterion with neither counts 0:
 * validation rejects a unit whose self score is missing, so this only guards direct callers.
 * A value that is not a finite number is no value.
 *
 * @example
 * criterionScore({ self: 14, appraised: 12.5 }, 15) // 12.5
 * criterionScore({ self: 18, appraised: null }, 15) // 15 (clipped)
 * criterionScore({ self: -2, appraised: null }, 15) // 0
 */
export function criterionScore(value: CriterionValue | undefined, maxPoints: number): number {
  const chosen = finiteOrNull(value?.appraised) ?? finiteOrNull(value?.self) ?? 0;
  return Math.min(Math.max(chosen, 0), Math.max(maxPoints, 0));
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
