import { groupByCluster } from "./groupByCluster";

describe("groupByCluster", () => {
  it.each<[string, (string | null)[], { cluster: string; indices: number[] }[]]>([
    ["groups nothing when there is nothing", [], []],
    [
      "groups units of the same cluster",
      ["Cụm 1", "Cụm 2", "Cụm 1"],
      [
        { cluster: "Cụm 1", indices: [0, 2] },
        { cluster: "Cụm 2", indices: [1] },
      ],
    ],
    [
      "matches names ignoring case, diacritics and spacing, keeping the first spelling",
      ["Cụm 1", "CUM  1", "cụm 1 "],
      [{ cluster: "Cụm 1", indices: [0, 1, 2] }],
    ],
    [
      "puts clusters in natural order (2 before 10)",
      ["Cụm 10", "Cụm 2", "Cụm 1"],
      [
        { cluster: "Cụm 1", indices: [2] },
        { cluster: "Cụm 2", indices: [1] },
        { cluster: "Cụm 10", indices: [0] },
      ],
    ],
    [
      "leaves units without a cluster out of every group",
      [null, "Cụm 3", "  ", null],
      [{ cluster: "Cụm 3", indices: [1] }],
    ],
  ])("%s", (_name, clusters, expected) => {
    expect(groupByCluster(clusters)).toEqual(expected);
  });
});
