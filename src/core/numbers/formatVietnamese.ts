import { roundHalfAwayFromZero } from "./round";
import { shiftDecimal } from "./shiftDecimal";

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** Options of {@link formatVietnameseNumber}. */
export interface VietnameseNumberFormat {
  /** Places kept after rounding half away from zero; default 2. */
  readonly maxDecimals?: number;
  /** Places always shown, padded with zeros (for scores "85,50"); default 0. */
  readonly minDecimals?: number;
}

/**
 * Writes a number the Vietnamese way: `.` groups thousands, `,` marks decimals; rounded half
 * away from zero to `maxDecimals` places, trailing zeros dropped down to `minDecimals`.
 * A non-finite value is a programming error (a rate without a target has no value to show).
 *
 * @example
 * formatVietnameseNumber(4535) // "4.535"
 * formatVietnameseNumber(216.8) // "216,8"
 * formatVietnameseNumber(85.5, { minDecimals: 2 }) // "85,50"
 */
export function formatVietnameseNumber(
  value: number,
  options: VietnameseNumberFormat = {},
): string {
  const maxDecimals = options.maxDecimals ?? 2;
  const minDecimals = Math.min(options.minDecimals ?? 0, maxDecimals);
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) {
    throw new RangeError(`maxDecimals must be an integer from 0 to 20, got ${maxDecimals}`);
  }
  const rounded = roundHalfAwayFromZero(value, maxDecimals);
  const magnitude = Math.abs(rounded);
  // toFixed switches to exponent notation from 1e21 on; such values have no fraction anyway.
  const fixed = magnitude < 1e21 ? magnitude.toFixed(maxDecimals) : BigInt(magnitude).toString();
  const point = fixed.indexOf(".");
  const integer = point < 0 ? fixed : fixed.slice(0, point);
  let fraction = point < 0 ? "" : fixed.slice(point + 1);
  let end = fraction.length;
  while (end > minDecimals && fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  const sign = rounded < 0 ? "-" : "";
  const grouped = integer.replace(THOUSANDS, ".");
  return fraction === "" ? sign + grouped : `${sign}${grouped},${fraction}`;
}

/**
 * Writes a ratio as a percent, rounded half away from zero (to whole percents by default):
 * attainment 153 ÷ 59 = 2.5932 is shown "259%".
 *
 * @example
 * formatPercent(2.5932) // "259%"
 * formatPercent(0.955) // "96%"
 * formatPercent(0.9551, { maxDecimals: 1 }) // "95,5%"
 */
export function formatPercent(ratio: number, options: { maxDecimals?: number } = {}): string {
  if (!Number.isFinite(ratio)) throw new RangeError(`cannot format ${ratio} as a percent`);
  return `${formatVietnameseNumber(shiftDecimal(ratio, 2), { maxDecimals: options.maxDecimals ?? 0 })}%`;
}

/**
 * Writes a count with at least two digits, as the reports do ("01 CĐCS hoàn thành nhiệm vụ");
 * counts from a thousand on are grouped ("1.250"). A count is a whole number: anything else is
 * a programming error.
 *
 * @example
 * formatCount2(1) // "01"
 * formatCount2(12) // "12"
 * formatCount2(0) // "00"
 */
export function formatCount2(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`a count must be a whole number, got ${n}`);
  if (n < 0) return `-${formatCount2(-n)}`;
  return n < 10 ? `0${n}` : formatVietnameseNumber(n, { maxDecimals: 0 });
}
