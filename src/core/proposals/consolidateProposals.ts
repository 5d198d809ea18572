import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import type { ClassCode, Rules } from "../rules";
import { awardKey } from "./awardKey";
import { countProposals, type AwardProposalCount } from "./countProposals";
import { nameKey } from "./nameKey";
import type { DroppedProposal, Proposal, ProposalProblem } from "./proposal";
import { proposalForm } from "./proposalForm";

/**
 * An included unit with its class and the proposals validation left it: those that count on
 * its own sheet, and the rows already dropped there.
 *
 * @example
 * const unit: ProposingUnit = { file: "a.xlsx", code: "CD01", name: "CĐCS Sở Y tế",
 *   classification: "HTT", proposals: [], droppedProposals: [] };
 */
export interface ProposingUnit {
  readonly file: string;
  readonly code: string;
  readonly name: string;
  readonly classification: ClassCode;
  readonly proposals: readonly Proposal[];
  readonly droppedProposals: readonly DroppedProposal[];
}

/** Who proposed: the unit's code and name, and its file. */
interface ProposedBy {
  readonly unit: string;
  readonly unitName: string;
  readonly file: string;
}

/**
 * A proposal counted in the consolidation, with the unit that made it.
 *
 * @example
 * const p: UnitProposal = { ...proposal, unit: "CD01", unitName: "CĐCS Sở Y tế", file: "a.xlsx" };
 */
export interface UnitProposal extends Proposal, ProposedBy {}

/**
 * A proposal row not counted, with the unit that made it and the reason for each of its
 * problems, in the consolidation's language (the messages of its findings).
 *
 * @example
 * const d: UnitDroppedProposal = { ...dropped, unit: "CD01", unitName: "CĐCS Sở Y tế",
 *   file: "a.xlsx", reasons: ["Ô E7 trang DeNghiKhenThuong: hình thức 'Bằng khen UBND' …"] };
 */
export interface UnitDroppedProposal extends DroppedProposal, ProposedBy {
  readonly reasons: readonly string[];
}

/**
 * The award proposals of a consolidation: those counted and those not (each unit in input
 * order, its rows in sheet order), the counts by award from the highest, and the findings of
 * the checks across units by unit code (they belong to the unit's file).
 *
 * @example
 * const none: ProposalsResult = { counted: [], dropped: [], counts: [], findingsByUnit: {} };
 */
export interface ProposalsResult {
  readonly counted: readonly UnitProposal[];
  readonly dropped: readonly UnitDroppedProposal[];
  readonly counts: readonly AwardProposalCount[];
  readonly findingsByUnit: Readonly<Record<string, readonly Finding[]>>;
}

/**
 * The proposals of the included units, checked across units (DOMAIN.md, "Proposals from the
 * units"; issue 7): a collective proposal of an award whose award rule does not admit the
 * unit's class (Cờ thi đua for a unit that is not HTXS) is dropped with
 * `proposal.class-not-eligible` at its award cell; a person proposed by two units (the same
 * name, compared by nameKey) gets the warning `proposal.same-name-other-unit` on each unit's
 * row, naming the other units, and still counts. Collectives are not compared across units:
 * each unit proposes its own. An award without an award rule admits every class. The rest
 * counts ({@link countProposals}). Rows dropped on the unit's own sheet are listed with the
 * reasons validation gave.
 *
 * @example
 * const result = consolidateProposals(units, defaultRules, "vi");
 * result.counts.find((c) => c.award === "Giấy khen của CĐVC tỉnh")?.individual // 76
 * result.findingsByUnit.CD07?.map((f) => f.code) // ["proposal.class-not-eligible"]
 */
export function consolidateProposals(
  units: readonly ProposingUnit[],
  rules: Pick<Rules, "awards" | "awardRules">,
  lang: Lang = "vi",
): ProposalsResult {
  const rulesByAward = new Map(rules.awardRules.map((rule) => [awardKey(rule.name), rule]));
  const findingsByUnit: Record<string, Finding[]> = {};
  const counted: UnitProposal[] = [];
  const dropped: UnitDroppedProposal[] = [];

  for (const unit of units) {
    const by: ProposedBy = { unit: unit.code, unitName: unit.name, file: unit.file };
    const findingOf = (problem: ProposalProblem) =>
      makeFinding(
        problem.code,
        { file: unit.file, sheet: problem.sheet, cell: problem.cell },
        problem.params,
        lang,
      );
    const unitDropped: UnitDroppedProposal[] = unit.droppedProposals.map((row) => ({
      ...row,
      ...by,
      reasons: row.problems.map((problem) => findingOf(problem).message),
    }));
    const unitFindings: Finding[] = [];
    for (const proposal of unit.proposals) {
      const rule = rulesByAward.get(awardKey(proposal.award));
      if (
        proposal.subject !== "collective" ||
        !rule ||
        rule.classes.includes(unit.classification)
      ) {
        counted.push({ ...proposal, ...by });
        continue;
      }
      const problem: ProposalProblem = {
        code: "proposal.class-not-eligible",
        sheet: proposal.sheet,
        cell: proposal.cells.award,
        params: {
          row: proposal.row,
          award: proposal.award,
          classes: rule.classes.join(", "),
          class: unit.classification,
        },
      };
      const finding = findingOf(problem);
      unitFindings.push(finding);
      unitDropped.push({ ...proposal, ...by, problems: [problem], reasons: [finding.message] });
    }
    unitDropped.sort((a, b) => a.row - b.row);
    dropped.push(...unitDropped);
    if (unitFindings.length > 0) findingsByUnit[unit.code] = unitFindings;
  }

  for (const warning of sameNameWarnings(counted, lang)) {
    (findingsByUnit[warning.unit] ??= []).push(warning.finding);
  }
  return { counted, dropped, counts: countProposals(counted, rules.awards), findingsByUnit };
}

/** A warning on each counted proposal of a person whose name another unit also proposes. */
function sameNameWarnings(
  counted: readonly UnitProposal[],
  lang: Lang,
): { unit: string; finding: Finding }[] {
  const byName = new Map<string, UnitProposal[]>();
  for (const proposal of counted) {
    if (proposal.subject !== "individual") continue;
    const key = nameKey(proposal.name);
    const list = byName.get(key);
    if (list) list.push(proposal);
    else byName.set(key, [proposal]);
  }
  const out: { unit: string; finding: Finding }[] = [];
  for (const proposal of counted) {
    const same = proposal.subject === "individual" ? byName.get(nameKey(proposal.name)) : [];
    const others = new Map<string, string>();
    for (const other of same ?? []) {
      if (other.unit !== proposal.unit) others.set(other.unit, `${other.unit} (${other.unitName})`);
    }
    if (others.size === 0) continue;
    const finding = makeFinding(
      "proposal.same-name-other-unit",
      { file: proposal.file, sheet: proposal.sheet, cell: proposal.cells.name },
      {
        row: proposal.row,
        name: proposal.name,
        subject: proposalForm.subjects.individual,
        others: [...others.values()].join(", "),
      },
      lang,
    );
    out.push({ unit: proposal.unit, finding });
  }
  return out;
}
