import { rankWithinGroups } from "./rankWithinGroups";

describe("rankWithinGroups", () => {
  it.each<[string, number[], (string | null)[], number[]]>([
    ["ranks nothing when there is nothing", [], [], []],
    ["ranks a lone unit first in its cluster", [50], ["Cụm 1"], [1]],
    [
      "ranks each cluster on its own",
      [90, 80, 85, 95, 70],
      ["Cụm 1", "Cụm 1", "Cụm 2", "Cụm 2", "Cụm 1"],
      [1, 2, 2, 1, 3],
    ],
    [
      "shares ranks within a cluster and skips the next (1, 2, 2, 4)",
      [96, 91, 91, 88, 99],
      ["A", "A", "A", "A", "B"],
      [1, 2, 2, 4, 1],
    ],
    [
      "does not let equal scores in other clusters share a rank",
      [80, 80, 70],
      ["A", "B", "A"],
      [1, 1, 2],
    ],
    ["ranks the units in no cluster among themselves", [90, 70, 80], ["A", null, null], [1, 2, 1]],
    ["compares cluster names as given", [90, 80], ["Cụm 1", "cụm 1"], [1, 1]],
    [
      "matches the overall ranking with one cluster",
      [70, 95, 80, 95],
      ["X", "X", "X", "X"],
      [4, 1, 3, 1],
    ],
  ])("%s", (_name, scores, groups, expected) => {
    expect(rankWithinGroups(scores, groups)).toEqual(expected);
  });

  it("passes the epsilon on to each cluster", () => {
    expect(rankWithinGroups([90, 89.6, 89.6], ["A", "A", "B"], { epsilon: 0.5 })).toEqual([
      1, 1, 1,
    ]);
  });

  it("refuses groups that are not parallel to the scores", () => {
    expect(() => rankWithinGroups([1, 2], ["A"])).toThrow(RangeError);
  });

  it("refuses a non-finite score", () => {
    expect(() => rankWithinGroups([1, Number.NaN], ["A", "A"])).toThrow(RangeError);
  });
});
