import { rankCompetition } from "./rankCompetition";
import { rankWithTieBreakers, type TieBrokenScore } from "./rankWithTieBreakers";

const item = (score: number, ...tieBreakers: (number | null)[]): TieBrokenScore => ({
  score,
  tieBreakers,
});

describe("rankWithTieBreakers", () => {
  it.each<[string, TieBrokenScore[], number[]]>([
    ["ranks nothing when there is nothing", [], []],
    ["ranks a single unit first", [item(60, 3)], [1]],
    [
      "ranks by score alone without tie-breakers",
      [item(80), item(90), item(80), item(70)],
      [2, 1, 2, 4],
    ],
    [
      "splits equal scores by the first tie-breaker, higher first",
      [item(90, 12), item(90, 15), item(95, 1), item(80, 20)],
      [3, 2, 1, 4],
    ],
    ["never lets a tie-breaker lift a lower score", [item(89.99, 20), item(90, 1)], [2, 1]],
    [
      "uses the second tie-breaker where the first is equal",
      [item(90, 15, 1.2), item(90, 15, 2.593), item(90, 14, 9)],
      [2, 1, 3],
    ],
    ["ranks a missing tie-breaker below every number", [item(90, null), item(90, 0)], [2, 1]],
    ["ranks a missing tie-breaker below a negative one", [item(90, null), item(90, -3)], [2, 1]],
    [
      "counts NaN as a missing tie-breaker",
      [item(90, Number.NaN), item(90, null), item(90, 1)],
      [2, 2, 1],
    ],
    ["counts a shorter list as missing values", [item(90, 5), item(90, 5, 1), item(90)], [2, 1, 3]],
    [
      "keeps competition ranks for items equal on everything (1, 2, 2, 4)",
      [item(95, 10), item(90, 8, 1), item(90, 8, 1), item(90, 7)],
      [1, 2, 2, 4],
    ],
    [
      "gives every unit rank 1 when all are equal",
      [item(50, null), item(50, null), item(50, null)],
      [1, 1, 1],
    ],
    [
      "treats tie-breakers within the epsilon as equal",
      [item(90, 0.1 + 0.2), item(90, 0.3)],
      [1, 1],
    ],
    [
      "splits a tie of 0.1 + 0.2 and 0.3 on the score by the tie-breaker",
      [item(0.1 + 0.2, 1), item(0.3, 2)],
      [2, 1],
    ],
  ])("%s", (_name, items, expected) => {
    expect(rankWithTieBreakers(items)).toEqual(expected);
  });

  it("compares tie-breaker ties with the highest value of the run", () => {
    const items = [item(90, 1), item(90, 1 - 0.6e-9), item(90, 1 - 1.2e-9)];
    expect(rankWithTieBreakers(items)).toEqual([1, 1, 3]);
  });

  it("agrees with rankCompetition when every tie-breaker is equal", () => {
    const scores = [70, 95, 80, 95, 80, 60];
    expect(rankWithTieBreakers(scores.map((s) => item(s, 1, null)))).toEqual(
      rankCompetition(scores),
    );
  });

  it("refuses a non-finite score", () => {
    expect(() => rankWithTieBreakers([item(Number.POSITIVE_INFINITY, 1)])).toThrow(RangeError);
  });
});
