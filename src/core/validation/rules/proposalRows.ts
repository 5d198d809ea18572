import type { ProposalFindingCode } from "../../proposals";
import { reportProposalProblems } from "../reportProposalProblems";
import type { ValidationRule } from "../validationRule";

const CODES = [
  "proposal.field-empty",
  "proposal.subject-unknown",
  "proposal.award-unknown",
  "proposal.kind-unknown",
  "proposal.recipient-not-allowed",
] as const satisfies readonly ProposalFindingCode[];

/**
 * Each row of the optional sheet `DeNghiKhenThuong` on its own (DOMAIN.md, "Proposals from
 * the units"): a required cell left empty (name, subject, award, kind, achievement; the
 * position too for a person), an unknown `Đối tượng`, `Hình thức đề nghị` or `Loại`, or an
 * award that does not go to that subject. Each is an error at its cell that drops the row,
 * never the unit. A workbook without the sheet gets nothing.
 *
 * @example
 * // DeNghiKhenThuong: E7 "Bằng khen UBND tỉnh" → proposal.award-unknown at E7
 */
export const proposalRows: ValidationRule = {
  id: "proposal-rows",
  codes: CODES,
  meta: { description: "Each proposal row is complete and names known words and awards." },
  check(ctx) {
    reportProposalProblems(ctx, CODES);
  },
};
