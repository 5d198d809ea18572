import type { Indicator } from "../rules";
import type { IndicatorValue } from "./types";

/**
 * Whether a unit met an indicator, as a cap reads it (DOMAIN.md, "Caps"):
 * - yes/no: met only when the answer is Có;
 * - a number with a target: the actual reaches the target (at or above it where more is
 *   better, at or below it where less is better);
 * - a number without a target: met, since there is nothing to fall short of (an empty Kế hoạch
 *   is allowed and means "no target");
 * - no answer at all (an empty actual, or the indicator absent): NOT met. A cap guards a
 *   requirement the unit has to show it fulfilled; validation rejects a report with an empty
 *   actual, so this only decides for direct callers, and it decides on the strict side.
 *
 * @example
 * indicatorMet({ kind: "yesno", direction: "higher" }, { target: null, actual: false }) // false
 * indicatorMet({ kind: "count", direction: "higher" }, { target: 40, actual: 36 }) // false
 * indicatorMet({ kind: "count", direction: "lower" }, { target: 5, actual: 3 }) // true
 * indicatorMet({ kind: "count", direction: "higher" }, undefined) // false
 */
export function indicatorMet(
  indicator: Pick<Indicator, "kind" | "direction">,
  value: IndicatorValue | undefined,
): boolean {
  const actual = value?.actual;
  if (actual === null || actual === undefined) return false;
  if (indicator.kind === "yesno") return actual === true;
  if (typeof actual !== "number" || !Number.isFinite(actual)) return false;
  const target = value?.target ?? null;
  if (target === null || !Number.isFinite(target)) return true;
  return indicator.direction === "lower" ? actual <= target : actual >= target;
}
