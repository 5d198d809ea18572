import type { ClassCode, Indicator, Rules } from "../rules";
import { indicatorMet } from "./indicatorMet";
import type { IndicatorValue } from "./types";

/**
 * One cap that lowered a class: the indicator not met, its value, and the class it capped to.
 *
 * @example
 * const applied: AppliedCap = { indicator: cl01, value: { target: null, actual: false }, maxClass: "HT" };
 */
export interface AppliedCap {
  readonly indicator: Indicator;
  readonly value: IndicatorValue | undefined;
  readonly maxClass: ClassCode;
}

const LEVEL: Readonly<Record<ClassCode, number>> = { HTXS: 4, HTT: 3, HT: 2, KHT: 1, CXL: 0 };

/**
 * Applies the caps to a class (DOMAIN.md, "Caps"): each configured cap whose indicator the unit
 * did not meet (see {@link indicatorMet}) lowers the class to at most its `maxClass`. Caps apply
 * in the configured order and only those that actually lower the class are reported, so the
 * reason names what decided the class, not every requirement missed by a unit that was lower
 * anyway. A cap on an indicator the rules do not define is skipped: the rules' schema refuses
 * such a configuration, so it cannot come from a checked rules file.
 *
 * @example
 * applyCaps("HTXS", { CL01: { target: null, actual: false } }, defaultRules)
 * // { classification: "HT", applied: [{ indicator: CL01…, value: …, maxClass: "HT" }] }
 */
export function applyCaps(
  classification: ClassCode,
  values: Readonly<Record<string, IndicatorValue>>,
  rules: Pick<Rules, "caps" | "indicators">,
): { classification: ClassCode; applied: AppliedCap[] } {
  let current = classification;
  const applied: AppliedCap[] = [];
  for (const cap of rules.caps) {
    const indicator = rules.indicators.find((i) => i.code === cap.indicator);
    if (!indicator || LEVEL[cap.maxClass] >= LEVEL[current]) continue;
    const value = values[indicator.code];
    if (indicatorMet(indicator, value)) continue;
    current = cap.maxClass;
    applied.push({ indicator, value, maxClass: cap.maxClass });
  }
  return { classification: current, applied };
}
