import { makeRankLookup } from "./rankLookup";

describe("makeRankLookup", () => {
  const lookup = makeRankLookup([70, 95, 80, 95, 88]);

  it.each<[number, number | null]>([
    [95, 1],
    [88, 3],
    [80, 4],
    [70, 5],
    [94.99, null],
    [100, null],
    [0, null],
  ])("finds the rank of %p as %p", (score, rank) => {
    expect(lookup.rankOf(score)).toBe(rank);
  });

  it("finds a score written with floating-point noise", () => {
    expect(makeRankLookup([0.3, 0.1]).rankOf(0.1 + 0.2)).toBe(1);
  });

  it("finds nothing in an empty list", () => {
    expect(makeRankLookup([]).rankOf(1)).toBeNull();
  });

  it("uses the epsilon it is given", () => {
    expect(makeRankLookup([90, 80], { epsilon: 0.5 }).rankOf(89.6)).toBe(1);
  });
});
