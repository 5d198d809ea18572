import { attainment, type Direction } from "./attainment";

describe("attainment", () => {
  it.each<[string, number, number | null | undefined, Direction | undefined, number | null]>([
    [
      "divides actual by target where more is better (153 of 59, DOMAIN.md)",
      153,
      59,
      undefined,
      153 / 59,
    ],
    ["says higher explicitly", 153, 59, "higher", 153 / 59],
    ["gives exactly 1 for a target met to the unit", 59, 59, "higher", 1],
    ["gives 0 for nothing done against a target", 0, 12, "higher", 0],
    ["has no rate without a target", 153, null, "higher", null],
    ["has no rate when the target is undefined", 153, undefined, "higher", null],
    ["has no rate for a target of 0 where more is better", 5, 0, "higher", null],
    ["has no rate for 0 of 0 where more is better", 0, 0, "higher", null],
    ["divides target by actual where less is better", 2, 4, "lower", 2],
    ["falls below 1 when more was lost than allowed", 8, 4, "lower", 0.5],
    ["meets the target in full with an actual of 0 where less is better", 0, 3, "lower", 1],
    ["meets a target of 0 with an actual of 0 where less is better", 0, 0, "lower", 1],
    ["does not meet a target of 0 at all when less is better and some were lost", 3, 0, "lower", 0],
    ["has no rate without a target where less is better", 0, null, "lower", null],
    ["has no rate for a negative actual", -1, 10, "higher", null],
    ["has no rate for a negative target", 10, -5, "higher", null],
    ["has no rate for a negative actual where less is better", -2, 4, "lower", null],
    ["has no rate for NaN", Number.NaN, 10, "higher", null],
    ["has no rate for an infinite actual", Number.POSITIVE_INFINITY, 10, "higher", null],
    ["has no rate for an infinite target", 10, Number.POSITIVE_INFINITY, "lower", null],
    ["has no rate when the quotient overflows", 1e308, 1e-10, "higher", null],
    ["has no rate when a tiny actual overflows target ÷ actual", 1e-320, 10, "lower", null],
  ])("%s", (_name, actual, target, direction, expected) => {
    expect(attainment(actual, target, direction)).toBe(expected);
  });

  it("keeps the ratio unrounded (2.5932…, shown 259%)", () => {
    const rate = attainment(153, 59);
    expect(rate).toBeCloseTo(2.593220339, 9);
    expect(Math.round((rate ?? 0) * 100)).toBe(259);
  });
});
