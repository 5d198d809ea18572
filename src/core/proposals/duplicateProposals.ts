import { nameKey } from "./nameKey";
import type { Proposal, ProposalProblem } from "./proposal";

/** A proposal that repeats an earlier one: its index in the list, and the problem to report. */
export interface DuplicateProposal {
  readonly index: number;
  readonly problem: ProposalProblem;
}

/**
 * The proposals of one unit that propose a person or collective a second time (DOMAIN.md: the
 * same person twice in one unit is an error on that row): the first row counts, each later one
 * gets `proposal.duplicate-person` at its name cell, naming the first row. A person is the
 * same name and the same `Chức vụ, đơn vị công tác` (two people may share a name); a
 * collective is the same name. Names compare by {@link nameKey}, whatever the award or kind.
 *
 * @example
 * duplicateProposals([lanRow5, lanRow9]) // [{ index: 1, problem: { code: "proposal.duplicate-person", cell: "B9", … } }]
 */
export function duplicateProposals(proposals: readonly Proposal[]): DuplicateProposal[] {
  const firstRow = new Map<string, number>();
  const out: DuplicateProposal[] = [];
  proposals.forEach((proposal, index) => {
    const key =
      proposal.subject === "individual"
        ? `individual|${nameKey(proposal.name)}|${nameKey(proposal.position)}`
        : `collective|${nameKey(proposal.name)}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, proposal.row);
      return;
    }
    out.push({
      index,
      problem: {
        code: "proposal.duplicate-person",
        sheet: proposal.sheet,
        cell: proposal.cells.name,
        params: { row: proposal.row, name: proposal.name, firstRow: first },
      },
    });
  });
  return out;
}
