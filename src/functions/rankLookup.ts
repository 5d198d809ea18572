import { rankCompetition } from "../core/ranking/rankCompetition";
import { resolveEpsilon, type RankOptions } from "../core/ranking/rankOptions";

/** The competition rank of any score among a fixed list, found without scanning the list. */
export interface RankLookup {
  /** The rank of the listed score equal to `score` (within the epsilon), or null if none is. */
  rankOf(score: number): number | null;
}

/**
 * Ranks a list once (O(n log n)) and answers each lookup by binary search (O(log n)), so a
 * spill that ranks every row of a 20,000-row list never scans it per row. Ties follow
 * `rankCompetition` exactly, since the ranks come from it.
 */
export function makeRankLookup(scores: readonly number[], options?: RankOptions): RankLookup {
  const epsilon = resolveEpsilon(options);
  const ranks = rankCompetition(scores, options);
  const order = Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => (scores[a] as number) - (scores[b] as number),
  );
  const sortedScores = Float64Array.from(order, (i) => scores[i] as number);
  const sortedRanks = Float64Array.from(order, (i) => ranks[i] as number);

  return {
    rankOf(score: number): number | null {
      // First position whose score is ≥ the one looked for; the nearest listed score is there
      // or just before it.
      let low = 0;
      let high = sortedScores.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sortedScores[middle] as number) < score) low = middle + 1;
        else high = middle;
      }
      let nearest = -1;
      let distance = Number.POSITIVE_INFINITY;
      for (const candidate of [low - 1, low]) {
        const listed = sortedScores[candidate];
        if (listed === undefined) continue;
        const gap = Math.abs(listed - score);
        if (gap < distance) {
          nearest = candidate;
          distance = gap;
        }
      }
      return nearest >= 0 && distance <= epsilon ? (sortedRanks[nearest] as number) : null;
    },
  };
}
