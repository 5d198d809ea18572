import type { Rules } from "../rules";
import type { CriterionValue } from "./types";
import { unitScore } from "./unitScore";

const rules: Pick<Rules, "criteria"> = {
  criteria: [
    { code: "TC1", label: "Hội nghị CBCCVC", maxPoints: 15 },
    { code: "TC2", label: "Chăm lo đời sống", maxPoints: 20 },
    { code: "TC3", label: "Phong trào thi đua", maxPoints: 65 },
  ],
};
const c = (self: number | null, appraised: number | null = null): CriterionValue => ({
  self,
  appraised,
});

describe("unitScore", () => {
  it.each<[string, Record<string, CriterionValue>, number]>([
    ["sums the self scores", { TC1: c(15), TC2: c(20), TC3: c(57.5) }, 92.5],
    ["uses the appraised score where one is given", { TC1: c(15, 12), TC2: c(20), TC3: c(60) }, 92],
    ["clips each criterion to its max before summing", { TC1: c(19), TC2: c(20), TC3: c(50) }, 85],
    ["rounds to 2 decimals half away from zero", { TC1: c(14.255), TC2: c(20), TC3: c(0) }, 34.26],
    [
      "rounds a sum that floating point puts just below a half the way it is written",
      { TC1: c(10.1), TC2: c(19.2), TC3: c(60.695) },
      90,
    ],
    ["rounds 89.994 down (below 90)", { TC1: c(15), TC2: c(20), TC3: c(54.994) }, 89.99],
    ["counts a missing criterion as 0", { TC1: c(15), TC2: c(20) }, 35],
    ["ignores a criterion the rules do not define", { TC1: c(15), TC4: c(10), TC3: c(5) }, 20],
    ["is 0 for an empty scoresheet", {}, 0],
  ])("%s", (_name, criteria, expected) => {
    expect(unitScore(criteria, rules)).toBe(expected);
  });

  it("adds 0.1 + 0.2 style scores without binary noise", () => {
    const score = unitScore({ TC1: c(0.1), TC2: c(0.2), TC3: c(0) }, rules);
    expect(score).toBe(0.3);
  });
});
