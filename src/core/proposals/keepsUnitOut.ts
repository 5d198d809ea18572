import type { Finding } from "../findings/finding";

// Every finding about a proposal row has a code of the catalog's `proposal.` part.
const PROPOSAL_ROW = "proposal.";

/**
 * Whether a finding keeps its unit out of the consolidation (DOMAIN.md, "Severity"): an error,
 * except an error on a row of the optional proposals sheet, which drops that row and never the
 * unit. Warnings never keep a unit out.
 *
 * @example
 * keepsUnitOut({ code: "number.not-a-number", severity: "error", … }) // true
 * keepsUnitOut({ code: "proposal.award-unknown", severity: "error", … }) // false
 * keepsUnitOut({ code: "report.late", severity: "warning", … }) // false
 */
export function keepsUnitOut(finding: Pick<Finding, "code" | "severity">): boolean {
  return finding.severity === "error" && !finding.code.startsWith(PROPOSAL_ROW);
}
