import type { Worksheet } from "exceljs";
import { columnLetters } from "../../core/grid/address";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { proposalForm } from "../../core/proposals";
import { reportForm, type ProposalColumn } from "../../core/report";
import type { Rules } from "../../core/rules";
import { setText } from "../excel/setText";
import {
  NOTE_FONT,
  TITLE_FONT,
  centre,
  markInput,
  shortTextValidation,
  styleTableRow,
  validation,
  writeBanner,
  writeTableHeader,
} from "./cellStyles";

/**
 * Where the template puts things on sheet DeNghiKhenThuong (1-based rows and columns). Readers
 * never rely on it (they go by the header's labels); tests use it to know what to expect.
 */
export const PROPOSAL_LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  headerRow: 4,
  /** Empty proposal rows ready to fill in; the unit may insert more. */
  inputRows: 50,
  columns: { stt: 1, name: 2, subject: 3, position: 4, award: 5, kind: 6, achievement: 7 },
  /**
   * The award names the `Hình thức đề nghị` list offers, one a row from the first input row, in
   * a hidden column: a list of cells takes names with commas and any number of awards, which
   * a list typed into the validation (255 characters at most) does not.
   */
  awardListColumn: 9,
} as const;

const COLUMNS: Readonly<Record<ProposalColumn, number>> = PROPOSAL_LAYOUT.columns;

const WIDTHS: Readonly<Record<ProposalColumn, number>> = {
  stt: 6,
  name: 26,
  subject: 11,
  position: 28,
  award: 30,
  kind: 13,
  achievement: 40,
};

/**
 * Writes the optional sheet DeNghiKhenThuong (DOMAIN.md, "Proposals from the units"): a title,
 * a note that the sheet is optional, the table's header with the form's seven columns, and
 * empty yellow rows to fill in, with drop-down lists for `Đối tượng` (Cá nhân, Tập thể),
 * `Hình thức đề nghị` (the names of the rules' award catalogue) and `Loại` (Thường xuyên,
 * Chuyên đề). The other cells take text of at most 255 characters. Left empty, the sheet
 * proposes nothing.
 */
export function writeProposalSheet(sheet: Worksheet, rules: Rules, lang: Lang): void {
  const { headerRow, inputRows, awardListColumn } = PROPOSAL_LAYOUT;
  const order = Object.keys(COLUMNS) as ProposalColumn[];
  for (const column of order) sheet.getColumn(COLUMNS[column]).width = WIDTHS[column];
  const last = PROPOSAL_LAYOUT.columns.achievement;
  writeBanner(
    sheet,
    PROPOSAL_LAYOUT.titleRow,
    last,
    text("proposal.template.title", "vi"),
    TITLE_FONT,
  );
  writeBanner(
    sheet,
    PROPOSAL_LAYOUT.subtitleRow,
    last,
    text("proposal.template.subtitle", lang),
    NOTE_FONT,
  );
  sheet.getRow(PROPOSAL_LAYOUT.subtitleRow).height = 32;
  writeTableHeader(
    sheet,
    headerRow,
    order.map((column) => reportForm.proposalColumns[column]),
  );

  const first = headerRow + 1;
  const awardNames = rules.awards.map((award) => award.name);
  awardNames.forEach((name, i) => setText(sheet.getCell(first + i, awardListColumn), name));
  sheet.getColumn(awardListColumn).hidden = true;
  const listLetters = columnLetters(awardListColumn - 1);
  const awardRange = `$${listLetters}$${first}:$${listLetters}$${first + Math.max(awardNames.length, 1) - 1}`;

  const listOf = (words: Readonly<Record<string, string>>) => `"${Object.values(words).join(",")}"`;
  const lists: Partial<Record<ProposalColumn, ReturnType<typeof validation>>> = {
    subject: validation(
      { type: "list", formulae: [listOf(proposalForm.subjects)] },
      text("proposal.template.subject", lang),
      lang,
    ),
    award: validation(
      { type: "list", formulae: [awardRange] },
      text("proposal.template.award", lang),
      lang,
    ),
    kind: validation(
      { type: "list", formulae: [listOf(proposalForm.kinds)] },
      text("proposal.template.kind", lang),
      lang,
    ),
  };
  const wrapped = (["name", "position", "award", "achievement"] as const).map((c) => COLUMNS[c]);
  for (let row = first; row < first + inputRows; row++) {
    styleTableRow(sheet, row, last, wrapped);
    for (const column of order) {
      const cell = sheet.getCell(row, COLUMNS[column]);
      markInput(cell);
      cell.dataValidation = lists[column] ?? shortTextValidation(lang);
      if (column === "stt" || column === "subject" || column === "kind") centre(cell);
    }
  }
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, activeCell: `B${first}` }];
}
