import type { ProposalFindingCode } from "../../proposals";
import { reportProposalProblems } from "../reportProposalProblems";
import type { ValidationRule } from "../validationRule";

const CODES = ["proposal.duplicate-person"] as const satisfies readonly ProposalFindingCode[];

/**
 * A person (same name and position) or collective proposed twice in one unit's
 * `DeNghiKhenThuong`: `proposal.duplicate-person` at the later row's name cell, naming the
 * first row, which counts. Rows dropped for their own problems take no part.
 *
 * @example
 * // DeNghiKhenThuong: B4 and B9 "Nguyễn Thị Lan", Kế toán → proposal.duplicate-person at B9
 */
export const proposalDuplicates: ValidationRule = {
  id: "proposal-duplicates",
  codes: CODES,
  meta: { description: "No person or collective is proposed twice by one unit." },
  check(ctx) {
    reportProposalProblems(ctx, CODES);
  },
};
