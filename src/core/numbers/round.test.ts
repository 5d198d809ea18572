import { roundHalfAwayFromZero } from "./round";
import { shiftDecimal } from "./shiftDecimal";

describe("roundHalfAwayFromZero", () => {
  it.each([
    [1.005, 2, 1.01],
    [1.004, 2, 1],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-0.5, 0, -1],
    [-2.5, 0, -3],
    [2.5932, 2, 2.59],
    [259.32, 0, 259],
    [89.995, 2, 90],
    [15 + 19.75 + 19.995 + 10 + 20 + 5 + 0.25, 2, 90],
    [0.1 + 0.2, 2, 0.3],
    [89.99499999999999, 2, 90],
    [89.994, 2, 89.99],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
    [12, 3, 12],
    [1e21 + 0.5, 0, 1e21],
  ])("rounds %p to %i places as %p", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it("gives every integer below 1e15 what reading it through text gives", () => {
    const throughText = (value: number, decimals: number) => {
      const magnitude = Number(Math.abs(value).toPrecision(15));
      const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);
      return value < 0 && rounded !== 0 ? -rounded : rounded;
    };
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const values = [1, -1, 999_999_999_999_999, -999_999_999_999_999, 2 ** 49 + 1];
    for (let i = 0; i < 2000; i++) values.push(((next() % 2 ? 1 : -1) * (next() * next())) % 1e15);
    for (const value of values) {
      for (const decimals of [0, 1, 2, 4]) {
        expect(roundHalfAwayFromZero(value, decimals)).toBe(throughText(value, decimals));
      }
    }
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
  });

  it("passes non-finite values through", () => {
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAwayFromZero(-Infinity, 2)).toBe(-Infinity);
  });

  it("refuses a fractional number of places (a programming error)", () => {
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });
});
