const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/**
 * The Roman numeral of a positive whole number: Vietnamese reports number their sections
 * I, II, III and the rows within them 1, 2, 3.
 *
 * @example
 * romanNumeral(4) // "IV"
 */
export function romanNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = "";
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
