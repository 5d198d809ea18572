import type { Award } from "../rules";
import { awardKey } from "./awardKey";
import type { Proposal, ProposalProblem } from "./proposal";
import { proposalForm } from "./proposalForm";
import { unitLimit } from "./unitLimit";

/** A proposal past its unit's limit: its index in the list, and the problem to report. */
export interface OverLimitProposal {
  readonly index: number;
  readonly problem: ProposalProblem;
}

/**
 * The proposals of one unit past the catalogue's per-unit limits (DOMAIN.md: a row past a
 * unit's limit is an error on that row, and the rows past it are not counted). Proposals of
 * one award for one kind of recipient count in sheet order, regular and thematic together;
 * each one after the limit gets `proposal.over-limit` at its award cell, with the limit and
 * its place in the count. A limit given as a share of members applies only when the unit's
 * members are known.
 *
 * @example
 * // 25 members: individual Giấy khen of CĐVC tỉnh at most 3 (10%, rounded up)
 * overLimitProposals(fourIndividualGiayKhen, defaultRules.awards, 25)
 * // [{ index: 3, problem: { code: "proposal.over-limit", cell: "E8", params: { limit: 3, nth: 4, … } } }]
 */
export function overLimitProposals(
  proposals: readonly Proposal[],
  awards: readonly Award[],
  members: number | null,
): OverLimitProposal[] {
  const byKey = new Map(awards.map((award) => [awardKey(award.name), award]));
  const counted = new Map<string, number>();
  const out: OverLimitProposal[] = [];
  proposals.forEach((proposal, index) => {
    const award = byKey.get(awardKey(proposal.award));
    const limit = award?.perUnitLimits.find((l) => l.recipient === proposal.subject);
    if (!award || !limit) return;
    const max = unitLimit(limit, members);
    if (max === null) return;
    const key = `${award.name}|${proposal.subject}`;
    const nth = (counted.get(key) ?? 0) + 1;
    counted.set(key, nth);
    if (nth <= max) return;
    out.push({
      index,
      problem: {
        code: "proposal.over-limit",
        sheet: proposal.sheet,
        cell: proposal.cells.award,
        params: {
          row: proposal.row,
          limit: max,
          award: award.name,
          subject: proposalForm.subjects[proposal.subject],
          nth,
        },
      },
    });
  });
  return out;
}
