import { readProposals, type ProposalReading } from "../proposals";
import type { UnitReport } from "../report";
import type { Rules } from "../rules";
import { firstRowByCode } from "./firstRowByCode";
import { indicatorValue } from "./indicatorValue";

/**
 * The proposals of a unit's report as validation decides them: {@link readProposals} on the
 * sheet `DeNghiKhenThuong`, with the unit's members read from the rules' members indicator
 * (the actual of DV02 by default; unknown when blank or unreadable, which its own finding
 * says). The proposal rules of the registry and the unit's values both take their answer from
 * here, so what is reported and what is counted cannot drift apart.
 *
 * @example
 * const { proposals, dropped } = unitProposals(extractReport(grid, "cd001.xlsx").report, defaultRules);
 * dropped.map((d) => d.problems[0]?.code) // ["proposal.over-limit"]
 */
export function unitProposals(report: UnitReport, rules: Rules): ProposalReading {
  return readProposals(report.proposals, rules, unitMembers(report, rules));
}

function unitMembers(report: UnitReport, rules: Rules): number | null {
  if (!report.proposals) return null;
  const code = rules.membersIndicator.toUpperCase();
  const indicator = rules.indicators.find((i) => i.code.toUpperCase() === code);
  if (!indicator) return null;
  const row = firstRowByCode(report.indicators?.rows ?? []).get(code);
  const { actual } = indicatorValue(row, indicator);
  return typeof actual === "number" ? actual : null;
}
