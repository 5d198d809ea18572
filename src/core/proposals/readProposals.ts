import type { ProposalTable } from "../report";
import type { Rules } from "../rules";
import { duplicateProposals } from "./duplicateProposals";
import { overLimitProposals } from "./overLimitProposals";
import type {
  DroppedProposal,
  Proposal,
  ProposalFields,
  ProposalProblem,
  ProposalReading,
} from "./proposal";
import { readProposalRow } from "./readProposalRow";

/**
 * Reads a unit's proposals sheet and decides which rows count (DOMAIN.md, "Proposals from the
 * units"), in three steps, each on the rows the step before kept: every row on its own
 * ({@link readProposalRow}: empty required cells, unknown subject, award or kind, an award
 * not for that subject), then a person or collective proposed twice
 * ({@link duplicateProposals}: the first row counts), then the per-unit limits
 * ({@link overLimitProposals}: rows past a limit, in sheet order). A row that fails a step is
 * dropped with its problems and takes no part in the next, so a broken row never uses up a
 * limit or hides a later valid row. No table (no sheet, or no header) proposes nothing.
 *
 * @example
 * const { proposals, dropped } = readProposals(report.proposals, defaultRules, 25);
 * proposals.map((p) => p.row) // [5, 6, 8]
 * dropped.map((d) => d.problems[0]?.code) // ["proposal.award-unknown"]
 */
export function readProposals(
  table: ProposalTable | null,
  rules: Pick<Rules, "awards">,
  members: number | null,
): ProposalReading {
  if (!table) return { proposals: [], dropped: [] };
  const dropped: DroppedProposal[] = [];
  const drop = (fields: ProposalFields, problems: readonly ProposalProblem[]) =>
    dropped.push({ ...fields, problems });

  let kept: Proposal[] = [];
  for (const row of table.rows) {
    const { fields, problems } = readProposalRow(row, rules.awards);
    if (problems.length > 0 || !isComplete(fields)) drop(fields, problems);
    else kept.push(fields);
  }
  for (const step of [
    (list: readonly Proposal[]) => duplicateProposals(list),
    (list: readonly Proposal[]) => overLimitProposals(list, rules.awards, members),
  ]) {
    const failed = new Map(step(kept).map(({ index, problem }) => [index, problem]));
    kept = kept.filter((proposal, index) => {
      const problem = failed.get(index);
      if (problem) drop(proposal, [problem]);
      return !problem;
    });
  }
  dropped.sort((a, b) => a.row - b.row);
  return { proposals: kept, dropped };
}

function isComplete(fields: ProposalFields): fields is Proposal {
  return fields.subject !== null && fields.award !== null && fields.kind !== null;
}
