import { criterionScore } from "./criterionScore";
import type { CriterionValue } from "./types";

describe("criterionScore", () => {
  it.each<[string, CriterionValue | undefined, number, number]>([
    ["counts the self score when nothing was appraised", { self: 14, appraised: null }, 15, 14],
    ["prefers the appraised score to the self score", { self: 14, appraised: 12.5 }, 15, 12.5],
    ["keeps an appraised 0 rather than the self score", { self: 14, appraised: 0 }, 15, 0],
    ["clips a self score above the max points", { self: 18, appraised: null }, 15, 15],
    ["clips an appraised score above the max points", { self: 10, appraised: 16 }, 15, 15],
    ["clips a negative score to 0", { self: -2, appraised: null }, 15, 0],
    ["counts 0 when neither score is given", { self: null, appraised: null }, 15, 0],
    ["counts 0 for a criterion the unit does not have", undefined, 15, 0],
    ["ignores an appraised score that is not a number", { self: 9, appraised: Number.NaN }, 10, 9],
    [
      "clips to the max points it is given, not the sheet's",
      { maxPoints: 25, self: 22, appraised: null },
      20,
      20,
    ],
  ])("%s", (_name, value, maxPoints, expected) => {
    expect(criterionScore(value, maxPoints)).toBe(expected);
  });
});
