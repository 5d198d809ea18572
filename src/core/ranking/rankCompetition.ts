import { resolveEpsilon, type RankOptions } from "./rankOptions";

/**
 * Competition ranks ("1224"), highest score first, as Excel's RANK.EQ gives them (DOMAIN.md,
 * "Ranking"): equal scores share a rank and the ranks after them are skipped. `result[i]` is
 * the rank of `scores[i]`.
 *
 * Scores within the epsilon of each other are equal. Ties are decided against the highest
 * score of a run, not the neighbour, so that a chain of near-equal scores (each a hair below
 * the last) cannot drift into one shared rank: tolerance without transitivity would make the
 * result depend on the input order.
 *
 * Every score must be finite: callers leave out units without a score before ranking, and a
 * NaN or ±Infinity here is a programming error that throws a RangeError. Runs in O(n log n).
 *
 * @example
 * rankCompetition([70, 95, 80, 95]) // [4, 1, 3, 1]
 * rankCompetition([0.1 + 0.2, 0.3]) // [1, 1]
 * rankCompetition([1, 1], { epsilon: 0 }) // [1, 1]
 */
export function rankCompetition(scores: readonly number[], options?: RankOptions): number[] {
  const epsilon = resolveEpsilon(options);
  const count = scores.length;
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const score = scores[i] as number;
    if (!Number.isFinite(score)) {
      throw new RangeError(`rankCompetition: score ${i} is ${score}; rank only finite scores.`);
    }
    values[i] = score;
  }
  // Index as the second key keeps the order (not the ranks) stable, which makes runs readable
  // in a debugger; the ranks themselves do not depend on it.
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);

  const ranks = new Array<number>(count);
  let runTop = 0;
  let runRank = 0;
  for (let position = 0; position < count; position++) {
    const index = order[position] as number;
    const score = values[index] as number;
    if (position === 0 || runTop - score > epsilon) {
      runTop = score;
      runRank = position + 1;
    }
    ranks[index] = runRank;
  }
  return ranks;
}
