import { parseYesNo } from "../numbers";
import type { IndicatorRow } from "../report";
import type { Indicator } from "../rules";
import { numberIn } from "./numberIn";

/** An indicator's values as read: a number, a yes/no answer, or null for a blank or unreadable cell. */
export interface IndicatorValue {
  readonly target: number | null;
  readonly actual: number | boolean | null;
}

/**
 * An indicator's target and actual from its row: numbers in the indicator's unit, or for a
 * yes/no indicator the answer (its target is the configuration's `yesTarget`, not the sheet's).
 * A missing row reads as nothing.
 *
 * @example
 * indicatorValue(cl01Row, defaultRules.indicators.find((i) => i.code === "CL01")!)
 * // { target: null, actual: true }
 */
export function indicatorValue(
  row: IndicatorRow | undefined,
  indicator: Indicator,
): IndicatorValue {
  if (!row) return { target: null, actual: null };
  if (indicator.kind === "yesno")
    return { target: null, actual: parseYesNo(row.cells.actual.cell) };
  return {
    target: numberIn(row.cells.target, indicator.unit),
    actual: numberIn(row.cells.actual, indicator.unit),
  };
}
