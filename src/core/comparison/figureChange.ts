import { roundHalfAwayFromZero } from "../numbers";

/**
 * One figure in two periods: the previous and current values, the change (current − previous),
 * the change as a share of the previous value, and the attainment of each period. Every field is
 * `null` when there is nothing to compare: a value missing in a period, a previous value of 0
 * (no rate of change), an indicator without a target (no attainment).
 *
 * @example
 * const dv02: FigureChange = {
 *   previous: 4415, current: 4535, change: 120, changeRate: 0.027180067950169876,
 *   previousAttainment: null, currentAttainment: null,
 * };
 */
export interface FigureChange {
  readonly previous: number | null;
  readonly current: number | null;
  readonly change: number | null;
  readonly changeRate: number | null;
  readonly previousAttainment: number | null;
  readonly currentAttainment: number | null;
}

/**
 * A figure and its attainment in one period, as {@link figureChange} reads them.
 *
 * @example
 * const dv04In2023: PeriodFigure = { value: 24, attainment: 0.8 };
 */
export interface PeriodFigure {
  readonly value: number | null;
  readonly attainment: number | null;
}

/**
 * Compares one figure across two periods (see {@link FigureChange}). The change is cleaned of
 * binary noise (rounded to 9 decimals, as the totals are), so 216.8 − 200.1 is 16.7. The rate of
 * change is unrounded and measured against the previous value's size; it needs a previous value
 * other than 0. `rate: false` leaves it out, for figures whose rate means nothing (a yes/no
 * answer).
 *
 * @example
 * figureChange({ value: 4415, attainment: null }, { value: 4535, attainment: null })
 * // { previous: 4415, current: 4535, change: 120, changeRate: 0.02718…, previousAttainment: null, currentAttainment: null }
 * figureChange({ value: 0, attainment: null }, { value: 3, attainment: null }).changeRate // null
 */
export function figureChange(
  previous: PeriodFigure | undefined,
  current: PeriodFigure | undefined,
  options: { readonly rate?: boolean } = {},
): FigureChange {
  const before = previous?.value ?? null;
  const after = current?.value ?? null;
  const change =
    before === null || after === null ? null : roundHalfAwayFromZero(after - before, 9);
  const changeRate =
    change === null || before === null || before === 0 || options.rate === false
      ? null
      : change / Math.abs(before);
  return {
    previous: before,
    current: after,
    change,
    changeRate,
    previousAttainment: previous?.attainment ?? null,
    currentAttainment: current?.attainment ?? null,
  };
}
