/**
 * Moves the decimal point of `value` by `places` (positive: to the right) through its shortest
 * decimal text, so the result is the double nearest the shifted decimal instead of carrying a
 * multiplication's binary error: 0.955 shifted 2 is 95.5, where 0.955 * 100 is 95.49999999999999.
 *
 * @example
 * shiftDecimal(0.955, 2) // 95.5
 * shiftDecimal(1600, -3) // 1.6
 */
export function shiftDecimal(value: number, places: number): number {
  if (places === 0 || value === 0 || !Number.isFinite(value)) return value;
  const text = String(value);
  const e = text.indexOf("e");
  if (e < 0) return Number(`${text}e${places}`);
  return Number(`${text.slice(0, e)}e${Number(text.slice(e + 1)) + places}`);
}
