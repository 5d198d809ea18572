import type { ProposalFindingCode } from "../proposals";
import { unitProposals } from "./unitProposals";
import type { ValidationContext } from "./validationRule";

/**
 * Reports, through a validation rule's context, the problems of the unit's dropped proposal
 * rows whose codes are the rule's, in row order. The proposal rules share one reading of the
 * sheet ({@link unitProposals}) and each reports its own part of it.
 *
 * @example
 * check(ctx) { reportProposalProblems(ctx, ["proposal.duplicate-person"]); }
 */
export function reportProposalProblems(
  ctx: ValidationContext,
  codes: readonly ProposalFindingCode[],
): void {
  for (const dropped of unitProposals(ctx.unitReport, ctx.rules).dropped) {
    for (const problem of dropped.problems) {
      if (!codes.includes(problem.code)) continue;
      ctx.report(problem.code, { sheet: problem.sheet, cell: problem.cell }, problem.params);
    }
  }
}
