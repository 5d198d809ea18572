/**
 * How ranking compares scores.
 *
 * @example
 * rankCompetition([90, 89.6], { epsilon: 0.5 }) // [1, 1]
 */
export interface RankOptions {
  /**
   * Scores closer than this count as equal (default {@link DEFAULT_RANK_EPSILON}): scores are
   * rounded to 2 decimals before ranking (DOMAIN.md), so only floating-point noise such as
   * 0.1 + 0.2 against 0.3 should ever fall inside it.
   */
  readonly epsilon?: number;
}

/**
 * Scores within a billionth of each other are equal.
 *
 * @example
 * rankCompetition([0.1 + 0.2, 0.3]) // [1, 1]: 5.6e-17 apart, inside DEFAULT_RANK_EPSILON
 */
export const DEFAULT_RANK_EPSILON = 1e-9;

/**
 * The epsilon a ranking uses. A negative or non-finite epsilon is a programming error and
 * throws, because it would silently turn every score into a tie (or none).
 *
 * @example
 * resolveEpsilon({}) // 1e-9
 * resolveEpsilon({ epsilon: 0 }) // 0
 */
export function resolveEpsilon(options: RankOptions | undefined): number {
  const epsilon = options?.epsilon ?? DEFAULT_RANK_EPSILON;
  if (!Number.isFinite(epsilon) || epsilon < 0) {
    throw new RangeError(`Ranking epsilon must be a finite number ≥ 0, got ${epsilon}.`);
  }
  return epsilon;
}
