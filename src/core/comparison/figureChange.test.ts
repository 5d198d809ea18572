import { figureChange } from "./figureChange";

const at = (value: number | null, attainment: number | null = null) => ({ value, attainment });

describe("figureChange", () => {
  it("gives the change, its rate against the previous value and both attainments", () => {
    expect(figureChange(at(40, 0.8), at(50, 1.25))).toEqual({
      previous: 40,
      current: 50,
      change: 10,
      changeRate: 0.25,
      previousAttainment: 0.8,
      currentAttainment: 1.25,
    });
  });

  it.each([
    ["a fall", at(50), at(40), -10, -0.2],
    ["binary noise cleaned", at(200.1), at(216.8), 16.7, 16.7 / 200.1],
    ["no rate from a previous 0", at(0), at(3), 3, null],
    ["nothing without a previous value", at(null), at(3), null, null],
    ["nothing without a current value", at(3), at(null), null, null],
    ["nothing from a period the figure was not in", undefined, at(3), null, null],
  ] as const)("%s", (_, before, after, change, rate) => {
    const result = figureChange(before, after);
    expect(result.change).toBe(change);
    if (rate === null) expect(result.changeRate).toBeNull();
    else expect(result.changeRate).toBeCloseTo(rate, 12);
  });

  it("leaves the rate out when asked (a yes/no answer)", () => {
    expect(figureChange(at(1), at(0), { rate: false })).toMatchObject({
      change: -1,
      changeRate: null,
    });
  });
});
