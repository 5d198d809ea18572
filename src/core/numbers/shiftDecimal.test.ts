import { shiftDecimal } from "./shiftDecimal";

describe("shiftDecimal", () => {
  it.each([
    [0.955, 2, 95.5],
    [1.005, 2, 100.5],
    [216.8, 0, 216.8],
    [1.6, 3, 1600],
    [22750000, -6, 22.75],
    [1600, -3, 1.6],
    [-0.07, 2, -7],
    [1e21, 2, 1e23],
    [1.5e-7, 7, 1.5],
    [0, 5, 0],
  ])("moves %p by %i places to %p", (value, places, expected) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });

  it("passes non-finite values through", () => {
    expect(shiftDecimal(Number.NaN, 2)).toBeNaN();
    expect(shiftDecimal(Infinity, 2)).toBe(Infinity);
  });
});
