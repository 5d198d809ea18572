import { cellText, reportForm, type ProposalColumn, type ProposalRow } from "../report";
import type { Award } from "../rules";
import { matchAward } from "./matchAward";
import { matchFormWord } from "./matchFormWord";
import type { ProposalFields, ProposalProblem, ProposalSubject } from "./proposal";
import { proposalForm } from "./proposalForm";

/** What {@link readProposalRow} returns: the row as read, and what is wrong with it. */
export interface ProposalRowReading {
  readonly fields: ProposalFields;
  /** Every problem of the row on its own, in column order; empty when the row counts. */
  readonly problems: ProposalProblem[];
}

// `Chức vụ, đơn vị công tác` says which person is meant; a collective is named by itself.
const REQUIRED: readonly ProposalColumn[] = ["name", "subject", "award", "kind", "achievement"];

/**
 * Reads one row of the proposals table and checks it on its own (DOMAIN.md, "Proposals from
 * the units"): `proposal.field-empty` for each required cell left blank (name, subject, award,
 * kind and achievement; the position too for a person), `proposal.subject-unknown` when
 * `Đối tượng` is neither Cá nhân nor Tập thể, `proposal.award-unknown` when `Hình thức đề
 * nghị` is no award of the catalogue by name or alias, `proposal.kind-unknown` when `Loại` is
 * neither Thường xuyên nor Chuyên đề, and `proposal.recipient-not-allowed` when the award does
 * not go to that subject (a flag for a person). Words match ignoring case, diacritics and
 * spacing. Each problem points at its cell; they come in column order.
 *
 * @example
 * const { fields, problems } = readProposalRow(table.rows[0], defaultRules.awards);
 * fields.award // "Giấy khen của CĐVC tỉnh" (typed "GK CĐVC")
 * problems // [] when the row counts
 */
export function readProposalRow(row: ProposalRow, awards: readonly Award[]): ProposalRowReading {
  const text = (column: ProposalColumn) => cellText(row.cells[column].cell).trim();
  const at = (column: ProposalColumn) => row.cells[column];
  const sheet = at("name").sheet;
  const problems: ProposalProblem[] = [];
  const report = (code: ProposalProblem["code"], column: ProposalColumn, params = {}) =>
    problems.push({ code, sheet, cell: at(column).address, params: { row: row.row, ...params } });

  const subjectText = text("subject");
  const subject = matchFormWord(subjectText, proposalForm.subjects);
  const awardText = text("award");
  const award = matchAward(awardText, awards);
  const kindText = text("kind");
  const kind = matchFormWord(kindText, proposalForm.kinds);

  const required = subject === "individual" ? [...REQUIRED, "position" as const] : REQUIRED;
  for (const column of Object.keys(reportForm.proposalColumns) as ProposalColumn[]) {
    if (text(column) === "") {
      if (required.includes(column)) {
        report("proposal.field-empty", column, { label: reportForm.proposalColumns[column] });
      }
    } else if (column === "subject" && subject === null) {
      report("proposal.subject-unknown", column, { text: subjectText });
    } else if (column === "award" && award === null) {
      const names = awards.map((a) => a.name).join("; ");
      report("proposal.award-unknown", column, { text: awardText, awards: names });
    } else if (column === "award" && award && subject && !goesTo(award, subject)) {
      report("proposal.recipient-not-allowed", column, {
        award: award.name,
        allowed: proposalForm.subjects[award.recipients as ProposalSubject],
        subject: proposalForm.subjects[subject],
      });
    } else if (column === "kind" && kind === null) {
      report("proposal.kind-unknown", column, { text: kindText });
    }
  }

  const cells = {} as Record<ProposalColumn, string>;
  for (const column of Object.keys(row.cells) as ProposalColumn[]) {
    cells[column] = at(column).address;
  }
  return {
    fields: {
      sheet,
      row: row.row,
      name: text("name"),
      subject,
      position: text("position"),
      award: award?.name ?? null,
      awardText,
      kind,
      achievement: text("achievement"),
      cells,
    },
    problems,
  };
}

function goesTo(award: Award, subject: ProposalSubject): boolean {
  return award.recipients === "both" || award.recipients === subject;
}
