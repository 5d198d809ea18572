import { rankWithTieBreakers } from "../ranking/rankWithTieBreakers";
import { groupByCluster } from "./groupByCluster";
import type { UnitRank } from "./types";

/**
 * One unit to rank: its score, its cluster, and the values that split equal scores.
 *
 * @example
 * const u: RankableUnit = { score: 91.5, cluster: "Cụm 1", tieBreakers: [18] };
 */
export interface RankableUnit {
  readonly score: number;
  readonly cluster: string | null;
  readonly tieBreakers?: readonly (number | null)[];
}

/**
 * Ranks every included unit, CXL units too (DOMAIN.md, "Ranking"): competition ranks by score,
 * highest first, equal scores (within 1e-9) sharing a rank and the next skipped (1, 2, 2, 4),
 * split by the tie-breakers when the unit carries them; overall, and within its cluster
 * (clusters matched as {@link groupByCluster} does). A unit in no cluster has no cluster rank.
 * `result[i]` belongs to `units[i]`.
 *
 * @example
 * rankUnits([
 *   { score: 90, cluster: "Cụm 1" }, { score: 95, cluster: "Cụm 2" },
 *   { score: 90, cluster: "Cụm 1" }, { score: 80, cluster: null },
 * ])
 * // [{ rank: 2, clusterRank: 1 }, { rank: 1, clusterRank: 1 },
 * //  { rank: 2, clusterRank: 1 }, { rank: 4, clusterRank: null }]
 */
export function rankUnits(units: readonly RankableUnit[]): UnitRank[] {
  const items = units.map((unit) => ({ score: unit.score, tieBreakers: unit.tieBreakers ?? [] }));
  const overall = rankWithTieBreakers(items);
  const clusterRanks = new Array<number | null>(units.length).fill(null);
  for (const group of groupByCluster(units.map((unit) => unit.cluster))) {
    const ranks = rankWithTieBreakers(group.indices.map((index) => items[index]!));
    group.indices.forEach((index, k) => {
      clusterRanks[index] = ranks[k] ?? null;
    });
  }
  return overall.map((rank, index) => ({ rank, clusterRank: clusterRanks[index] ?? null }));
}
