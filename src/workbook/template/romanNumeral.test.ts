import { romanNumeral } from "./romanNumeral";

describe("romanNumeral", () => {
  it.each([
    [1, "I"],
    [3, "III"],
    [4, "IV"],
    [5, "V"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1994, "MCMXCIV"],
  ])("writes %i as %s", (n, numeral) => {
    expect(romanNumeral(n)).toBe(numeral);
  });

  it.each([0, -1, 1.5, NaN])("refuses %p", (n) => {
    expect(() => romanNumeral(n)).toThrow(RangeError);
  });
});
