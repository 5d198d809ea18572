import { rankCompetition } from "./rankCompetition";

/** The definition the ranking must agree with: 1 + how many scores are strictly higher. */
function naiveRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("rankCompetition", () => {
  it.each<[string, number[], number[]]>([
    ["ranks nothing when there is nothing", [], []],
    ["ranks a single unit first", [42], [1]],
    ["ranks highest first", [70, 95, 80], [3, 1, 2]],
    [
      "shares a rank between equal scores and skips the next (1, 2, 2, 4)",
      [96, 91.5, 91.5, 88],
      [1, 2, 2, 4],
    ],
    ["shares the first rank and skips to 3", [95, 95, 80], [1, 1, 3]],
    ["gives every unit rank 1 when all are equal", [85, 85, 85, 85], [1, 1, 1, 1]],
    ["ranks an input already in descending order", [99, 88, 77, 66], [1, 2, 3, 4]],
    ["ranks an input in ascending order", [66, 77, 88, 99], [4, 3, 2, 1]],
    ["ranks scores wherever the ties sit", [80, 95, 80, 95, 70], [3, 1, 3, 1, 5]],
    ["ranks 0 and negative scores below positive ones", [0, -5, 10], [2, 3, 1]],
    ["treats 0.1 + 0.2 and 0.3 as one score", [0.1 + 0.2, 0.3, 0.2], [1, 1, 3]],
    ["keeps scores a hundredth apart distinct", [90.01, 90, 90.02], [2, 3, 1]],
  ])("%s", (_name, scores, expected) => {
    expect(rankCompetition(scores)).toEqual(expected);
  });

  it("compares a tie with the highest score of its run, so near-ties do not chain", () => {
    // Each score is within 1e-9 of its neighbour but the last is 1.2e-9 below the first.
    const scores = [1, 1 - 0.6e-9, 1 - 1.2e-9];
    expect(rankCompetition(scores)).toEqual([1, 1, 3]);
    expect(rankCompetition([...scores].reverse())).toEqual([3, 1, 1]);
  });

  it.each<[string, number[], number, number[]]>([
    ["splits 0.1 + 0.2 from 0.3 with an epsilon of 0", [0.1 + 0.2, 0.3], 0, [1, 2]],
    ["joins scores half a point apart with an epsilon of 0.5", [90, 89.5, 89], 0.5, [1, 1, 3]],
  ])("%s", (_name, scores, epsilon, expected) => {
    expect(rankCompetition(scores, { epsilon })).toEqual(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])(
    "refuses the non-finite score %p (callers filter unscored units)",
    (bad) => {
      expect(() => rankCompetition([90, bad, 80])).toThrow(/score 1/);
    },
  );

  it("does not change the scores it is given", () => {
    const scores = [3, 1, 2];
    rankCompetition(scores);
    expect(scores).toEqual([3, 1, 2]);
  });

  it.each([
    ["integers with many ties", 1, (r: () => number) => Math.floor(r() * 20)],
    ["scores with two decimals", 2, (r: () => number) => Math.round(r() * 10000) / 100],
    ["negative and positive integers", 3, (r: () => number) => Math.floor(r() * 11) - 5],
  ])("agrees with 1 + count of higher scores on random %s", (_name, seed, draw) => {
    const random = seededRandom(seed);
    for (let trial = 0; trial < 200; trial++) {
      const length = Math.floor(random() * 40);
      const scores = Array.from({ length }, () => draw(random));
      expect(rankCompetition(scores)).toEqual(naiveRanks(scores));
    }
  });

  it("ranks 20,000 scores (timed in bench/functions.bench.mjs)", () => {
    const random = seededRandom(7);
    const scores = Array.from({ length: 20000 }, () => Math.round(random() * 10000) / 100);
    const ranks = rankCompetition(scores);
    const best = scores.indexOf(Math.max(...scores));
    expect(ranks[best]).toBe(1);
  });
});
