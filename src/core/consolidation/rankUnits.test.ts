import { rankUnits, type RankableUnit } from "./rankUnits";
import type { UnitRank } from "./types";

const u = (
  score: number,
  cluster: string | null,
  ...tieBreakers: (number | null)[]
): RankableUnit => ({
  score,
  cluster,
  tieBreakers,
});

describe("rankUnits", () => {
  it.each<[string, RankableUnit[], UnitRank[]]>([
    ["ranks nothing when there is nothing", [], []],
    [
      "ranks overall and within clusters, ties sharing a rank (1, 2, 2, 4)",
      [u(96, "Cụm 1"), u(91.5, "Cụm 2"), u(91.5, "Cụm 1"), u(88, "Cụm 2")],
      [
        { rank: 1, clusterRank: 1 },
        { rank: 2, clusterRank: 1 },
        { rank: 2, clusterRank: 2 },
        { rank: 4, clusterRank: 2 },
      ],
    ],
    [
      "gives a unit without a cluster an overall rank only",
      [u(80, null), u(90, "Cụm 1")],
      [
        { rank: 2, clusterRank: null },
        { rank: 1, clusterRank: 1 },
      ],
    ],
    [
      "ranks cluster names written differently as one cluster",
      [u(80, "Cụm 1"), u(90, "CUM 1")],
      [
        { rank: 2, clusterRank: 2 },
        { rank: 1, clusterRank: 1 },
      ],
    ],
    [
      "splits equal scores with tie-breakers, overall and in the cluster",
      [u(90, "Cụm 1", 12), u(90, "Cụm 1", 15), u(90, "Cụm 2", 15)],
      [
        { rank: 3, clusterRank: 2 },
        { rank: 1, clusterRank: 1 },
        { rank: 1, clusterRank: 1 },
      ],
    ],
    [
      "treats scores within 1e-9 as equal",
      [u(0.1 + 0.2, "A"), u(0.3, "A")],
      [
        { rank: 1, clusterRank: 1 },
        { rank: 1, clusterRank: 1 },
      ],
    ],
  ])("%s", (_name, units, expected) => {
    expect(rankUnits(units)).toEqual(expected);
  });
});
