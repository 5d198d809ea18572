import { resolveEpsilon, type RankOptions } from "./rankOptions";

/**
 * One item to rank: its score, then the values that split equal scores, in order.
 *
 * @example
 * const unit: TieBrokenScore = { score: 91.5, tieBreakers: [18, 2.5932] }; // TC2 score, XD01 rate
 */
export interface TieBrokenScore {
  readonly score: number;
  /** Higher is better; `null` (no value) ranks below every number. */
  readonly tieBreakers: readonly (number | null)[];
}

/**
 * Competition ranks by score, where equal scores are split by tie-breakers in order (DOMAIN.md,
 * "Ranking": a criterion's score, then an indicator's attainment). Each tie-breaker ranks
 * higher values first and a missing value (`null`, or a non-finite number) below every
 * number. Items equal on the score and on every tie-breaker still share a rank and the next
 * is skipped (1, 2, 2, 4). Items may carry tie-breaker lists of different lengths: a missing
 * position is `null`.
 *
 * Equality uses the epsilon on the score and on each tie-breaker, decided against the first
 * (highest) value of a run as in {@link rankCompetition}. Scores must be finite (RangeError
 * otherwise). Runs in O(k·n log n) for k tie-breakers.
 *
 * @example
 * rankWithTieBreakers([
 *   { score: 90, tieBreakers: [12] },
 *   { score: 90, tieBreakers: [15] },
 *   { score: 95, tieBreakers: [null] },
 *   { score: 80, tieBreakers: [15] },
 * ]) // [3, 2, 1, 4]
 */
export function rankWithTieBreakers(
  items: readonly TieBrokenScore[],
  options?: RankOptions,
): number[] {
  const epsilon = resolveEpsilon(options);
  let levels = 1;
  items.forEach((item, index) => {
    if (!Number.isFinite(item.score)) {
      throw new RangeError(
        `rankWithTieBreakers: score ${index} is ${item.score}; rank only finite scores.`,
      );
    }
    levels = Math.max(levels, 1 + item.tieBreakers.length);
  });

  // Level 0 is the score, level k the k-th tie-breaker; null stands for "no value".
  const keyAt = (index: number, level: number): number | null => {
    const item = items[index] as TieBrokenScore;
    if (level === 0) return item.score;
    const value = item.tieBreakers[level - 1];
    return value === null || value === undefined || !Number.isFinite(value) ? null : value;
  };

  const ranks = new Array<number>(items.length);
  // Sorts one run of items tied so far on `level` and splits it into sub-runs, each refined on
  // the next level; `offset` is the run's first position in the final order.
  const refine = (run: number[], offset: number, level: number): void => {
    if (level >= levels || run.length === 1) {
      for (const index of run) ranks[index] = offset + 1;
      return;
    }
    const keys = new Map(run.map((index) => [index, keyAt(index, level)]));
    run.sort((a, b) => {
      const ka = keys.get(a) ?? null;
      const kb = keys.get(b) ?? null;
      if (ka === kb) return a - b;
      if (ka === null) return 1;
      if (kb === null) return -1;
      return kb - ka || a - b;
    });
    let start = 0;
    for (let position = 1; position <= run.length; position++) {
      const top = keys.get(run[start] as number) ?? null;
      const next = position < run.length ? (keys.get(run[position] as number) ?? null) : undefined;
      const sameRun =
        next !== undefined &&
        (top === null ? next === null : next !== null && top - next <= epsilon);
      if (!sameRun) {
        refine(run.slice(start, position), offset + start, level + 1);
        start = position;
      }
    }
  };
  refine(
    Array.from({ length: items.length }, (_, i) => i),
    0,
    0,
  );
  return ranks;
}
