import type { ProposalFindingCode } from "../../proposals";
import { reportProposalProblems } from "../reportProposalProblems";
import type { ValidationRule } from "../validationRule";

const CODES = ["proposal.over-limit"] as const satisfies readonly ProposalFindingCode[];

/**
 * The per-unit limits of the award catalogue on `DeNghiKhenThuong` (by default individual
 * Giấy khen of CĐVC tỉnh: 10% of the unit's members, rounded up): each row past a limit, in
 * sheet order, gets `proposal.over-limit` at its award cell and is not counted. Rows dropped
 * for their own problems or as duplicates do not use up a limit.
 *
 * @example
 * // 25 members, four individual Giấy khen on rows 4–7 → proposal.over-limit at E7
 */
export const proposalLimits: ValidationRule = {
  id: "proposal-limits",
  codes: CODES,
  meta: { description: "A unit's proposals stay within the catalogue's per-unit limits." },
  check(ctx) {
    reportProposalProblems(ctx, CODES);
  },
};
