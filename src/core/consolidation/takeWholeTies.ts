/**
 * How an ordered list splits at a limit when tied items must stay together.
 *
 * @example
 * const cut: WholeTiesCut<string> = { taken: ["A"], tiedOut: ["B", "C"], beyond: ["D"] };
 */
export interface WholeTiesCut<T> {
  /** The items within the limit: whole tie groups only. */
  readonly taken: T[];
  /** The tie group that straddles the limit: none of it is taken. */
  readonly tiedOut: T[];
  /** The items after the limit that were not tied with anything inside it. */
  readonly beyond: T[];
}

/**
 * Takes items in order up to a limit, whole tie groups at a time (DOMAIN.md, "Quota": units tied
 * at the limit's edge move together, even when that leaves fewer than the limit, even none; the
 * limit is never exceeded). The awards use the same rule. `rank` gives each item's competition
 * rank in the ordered list: items of equal rank are tied; the list must be in rank order.
 *
 * @example
 * takeWholeTies(["A", "B", "C", "D"], 2, (x) => ({ A: 1, B: 2, C: 2, D: 4 })[x])
 * // { taken: ["A"], tiedOut: ["B", "C"], beyond: ["D"] }
 * takeWholeTies(["A", "B"], 1, () => 1) // { taken: [], tiedOut: ["A", "B"], beyond: [] }
 */
export function takeWholeTies<T>(
  ordered: readonly T[],
  limit: number,
  rank: (item: T) => number,
): WholeTiesCut<T> {
  const taken: T[] = [];
  let start = 0;
  while (start < ordered.length) {
    let end = start + 1;
    const groupRank = rank(ordered[start] as T);
    while (end < ordered.length && rank(ordered[end] as T) === groupRank) end++;
    if (taken.length + (end - start) > limit) {
      const straddles = taken.length < limit;
      return {
        taken,
        tiedOut: straddles ? ordered.slice(start, end) : [],
        beyond: ordered.slice(straddles ? end : start),
      };
    }
    taken.push(...ordered.slice(start, end));
    start = end;
  }
  return { taken, tiedOut: [], beyond: [] };
}
