import { attainment } from "../attainment/attainment";
import type { Indicator } from "../rules";
import type { IndicatorValue } from "./types";

/**
 * One unit's attainment of one indicator (DOMAIN.md, "Attainment"), unrounded: actual ÷ target
 * (target ÷ actual where less is better) for a number with a target; for a yes/no indicator
 * whose target is Có, 1 for Có and 0 for Không. `null` when there is no rate (no target, a
 * target of 0 where more is better, no answer), never NaN or Infinity.
 *
 * @example
 * indicatorAttainment({ kind: "count", direction: "higher" }, { target: 59, actual: 153 }) // 2.593220338983051
 * indicatorAttainment({ kind: "yesno", direction: "higher", yesTarget: true }, { target: null, actual: true }) // 1
 * indicatorAttainment({ kind: "count", direction: "higher" }, { target: null, actual: 12 }) // null
 */
export function indicatorAttainment(
  indicator: Pick<Indicator, "kind" | "direction" | "yesTarget">,
  value: IndicatorValue | undefined,
): number | null {
  const actual = value?.actual;
  if (indicator.kind === "yesno") {
    if (indicator.yesTarget !== true || typeof actual !== "boolean") return null;
    return actual ? 1 : 0;
  }
  if (typeof actual !== "number") return null;
  return attainment(actual, value?.target ?? null, indicator.direction);
}
