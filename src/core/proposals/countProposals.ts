import type { Award } from "../rules";
import { awardKey } from "./awardKey";
import { awardsHighestFirst, type AwardLevel } from "./awardsHighestFirst";
import type { Proposal } from "./proposal";

/**
 * The proposals counted for one award: for collectives and for individuals, thematic ones
 * included, and how many of each are thematic. `level`, `recipients` and `noun` (the award's
 * `countNoun`, else its name) are the catalogue's, for the sentence and the count table.
 *
 * @example
 * const merit: AwardProposalCount = {
 *   award: "Bằng khen của LĐLĐ tỉnh", level: "LĐLĐ tỉnh", recipients: "both", noun: "Bằng khen",
 *   collective: 10, individual: 22, collectiveThematic: 4, individualThematic: 1,
 * };
 */
export interface AwardProposalCount {
  readonly award: string;
  readonly level: AwardLevel;
  readonly recipients: Award["recipients"];
  readonly noun: string;
  readonly collective: number;
  readonly individual: number;
  readonly collectiveThematic: number;
  readonly individualThematic: number;
}

/**
 * Counts proposals by award: one entry for every award of the catalogue, awards with no
 * proposal included (all zero), from the highest award down ({@link awardsHighestFirst}).
 * A proposal of an award the catalogue does not have is not counted (readProposals drops it).
 *
 * @example
 * countProposals(counted, defaultRules.awards).find((c) => c.award === "Bằng khen của LĐLĐ tỉnh")
 * // { …, collective: 10, individual: 22, collectiveThematic: 4, individualThematic: 1 }
 */
export function countProposals(
  proposals: readonly Proposal[],
  awards: readonly Award[],
): AwardProposalCount[] {
  const ordered = awardsHighestFirst(awards);
  const counts = ordered.map((award) => ({
    award: award.name,
    level: award.level,
    recipients: award.recipients,
    noun: award.countNoun ?? award.name,
    collective: 0,
    individual: 0,
    collectiveThematic: 0,
    individualThematic: 0,
  }));
  const index = new Map(ordered.map((award, i) => [awardKey(award.name), i]));
  for (const proposal of proposals) {
    const i = index.get(awardKey(proposal.award));
    const count = i === undefined ? undefined : counts[i];
    if (!count) continue;
    count[proposal.subject] += 1;
    if (proposal.kind === "thematic") count[`${proposal.subject}Thematic`] += 1;
  }
  return counts;
}
