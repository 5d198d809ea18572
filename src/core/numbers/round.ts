import { shiftDecimal } from "./shiftDecimal";

/**
 * Rounds half away from zero to `decimals` places (negative `decimals` round to tens,
 * hundreds, ...). The value is first read at 15 significant digits, the precision a double
 * holds for sure, so binary noise does not decide a half: 1.005 rounds to 1.01 and a sum that
 * came out as 89.99499999999999 rounds like the 89.995 it stands for.
 *
 * @example
 * roundHalfAwayFromZero(1.005, 2) // 1.01
 * roundHalfAwayFromZero(-2.5, 0) // -3
 * roundHalfAwayFromZero(2.5932, 2) // 2.59
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals)) {
    throw new RangeError(`decimals must be an integer, got ${decimals}`);
  }
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  // Most figures of a report are counts: an integer of at most 15 digits is already itself at
  // any number of places, and reading it through text (below) costs more than its checks.
  if (decimals >= 0 && Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  const magnitude = Number(Math.abs(value).toPrecision(15));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
