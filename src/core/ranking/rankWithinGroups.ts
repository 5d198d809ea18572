import { rankCompetition } from "./rankCompetition";
import type { RankOptions } from "./rankOptions";

/**
 * Competition ranks within groups, such as emulation clusters: each score is ranked only
 * among the scores of its own group, highest first, ties sharing a rank (1, 2, 2, 4). Groups
 * are compared as given (callers normalize labels first); the items whose group is `null`
 * (units in no cluster) form one group of their own.
 *
 * Scores must be finite (see {@link rankCompetition}); `groups` must be as long as `scores`,
 * or a RangeError is thrown. Runs in O(n log n): each score is sorted once, in its group.
 *
 * @example
 * rankWithinGroups([90, 80, 85, 85], ["Cụm 1", "Cụm 1", "Cụm 2", "Cụm 2"]) // [1, 2, 1, 1]
 * rankWithinGroups([90, 70, 80], ["A", null, null]) // [1, 2, 1]
 */
export function rankWithinGroups(
  scores: readonly number[],
  groups: readonly (string | null)[],
  options?: RankOptions,
): number[] {
  if (groups.length !== scores.length) {
    throw new RangeError(
      `rankWithinGroups: ${scores.length} scores but ${groups.length} groups; they must be parallel.`,
    );
  }
  const members = new Map<string | null, number[]>();
  groups.forEach((group, index) => {
    const list = members.get(group);
    if (list) list.push(index);
    else members.set(group, [index]);
  });

  const ranks = new Array<number>(scores.length);
  for (const indices of members.values()) {
    const groupRanks = rankCompetition(
      indices.map((index) => scores[index] as number),
      options,
    );
    indices.forEach((index, k) => {
      ranks[index] = groupRanks[k] as number;
    });
  }
  return ranks;
}
