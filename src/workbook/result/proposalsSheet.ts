import type { TableSheet } from "../excel/tableSheet";
import type { TextId } from "../../core/messages/catalog";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import {
  AWARD_LEVELS,
  awardsHighestFirst,
  type AwardLevel,
  type ProposalKind,
  type ProposalSubject,
  type UnitProposal,
} from "../../core/proposals";
import { setA4Print } from "../excel/pageSetup";
import { romanNumeral } from "../template/romanNumeral";
import type { ResultContext, ResultSheet } from "./resultSheet";
import {
  mergeStyled,
  putNumber,
  putText,
  writeHeaderRow,
  writeLine,
  writeTitle,
} from "./tableLayout";

/**
 * Where sheet Đề nghị khen thưởng puts things (1-based rows and columns): the title, the count
 * table from `countsTitleRow`, then the lists. The lists' rows depend on the proposals.
 */
export const PROPOSALS_LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  countsTitleRow: 4,
  /** The count table's two header rows; its award names span columns A:B. */
  countsHeaderRow: 5,
  firstCountRow: 7,
  columns: { no: 1, name: 2, position: 3, unit: 4, achievement: 5, row: 6 },
  countColumns: {
    award: 1,
    collectiveRegular: 3,
    collectiveThematic: 4,
    individualRegular: 5,
    individualThematic: 6,
  },
} as const;

const WIDTHS = [6, 28, 30, 28, 45, 12];
const LAST_COLUMN = PROPOSALS_LAYOUT.columns.row;
const LIST_LAST_COLUMN = PROPOSALS_LAYOUT.columns.achievement;

const LEVEL_TEXT: Readonly<Record<AwardLevel, TextId>> = {
  TLĐ: "proposal.level.TLD",
  "LĐLĐ tỉnh": "proposal.level.LDLD",
  CĐVC: "proposal.level.CDVC",
};
const SUBJECTS: readonly ProposalSubject[] = ["collective", "individual"];
const KINDS: readonly ProposalKind[] = ["regular", "thematic"];

/**
 * Sheet Đề nghị khen thưởng: the units' award proposals as the list attached to an award
 * decision (Danh sách kèm theo Quyết định), on A4. First the count table (award × collectives
 * and individuals × regular and thematic, every award of the catalogue from the highest);
 * then one block per level that grants awards (the levels above the union asked, the union's
 * own granted) and within it one numbered block per award and kind of recipient, collectives
 * before individuals, regular proposals before thematic ones, each row with the name, the
 * position, the proposing union and the achievement; last, the rows not counted, with the
 * union, the sheet row and the reason. Only included units' proposals are listed.
 */
export const proposalsSheet: ResultSheet = {
  name: text("proposal.result.sheet", "vi"),
  write: writeProposalsSheet,
};

function writeProposalsSheet(sheet: TableSheet, context: ResultContext): void {
  const { result, lang } = context;
  const { proposals } = result;
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  writeTitle(
    sheet,
    PROPOSALS_LAYOUT.titleRow,
    LAST_COLUMN,
    text("proposal.result.title", lang, { period: context.period }),
  );
  writeLine(sheet, PROPOSALS_LAYOUT.subtitleRow, text("proposal.result.subtitle", lang));

  let row = writeCounts(sheet, context) + 2;
  if (proposals.counted.length === 0) {
    writeLine(sheet, row, text("proposal.result.none", lang));
    row += 2;
  }
  const awards = awardsHighestFirst(context.rules.awards);
  let block = 0;
  for (const level of AWARD_LEVELS) {
    const ofLevel = proposals.counted.filter((p) =>
      awards.some((a) => a.level === level && a.name === p.award),
    );
    if (ofLevel.length === 0) continue;
    const heading =
      level === "CĐVC" ? "proposal.result.level.own" : "proposal.result.level.request";
    const levelName = text(LEVEL_TEXT[level], lang);
    writeLine(
      sheet,
      row,
      text(heading, lang, { level: levelName }).toLocaleUpperCase(lang),
      "heading",
    );
    row += 2;
    for (const award of awards.filter((a) => a.level === level)) {
      for (const subject of SUBJECTS) {
        const rows = ofLevel.filter((p) => p.award === award.name && p.subject === subject);
        if (rows.length === 0) continue;
        block += 1;
        row = writeBlock(sheet, row, romanNumeral(block), award.name, subject, rows, lang) + 2;
      }
    }
  }
  writeDropped(sheet, row, context);
  // Each block has its own header row; the title is what every page and the screen keep.
  const title = { first: PROPOSALS_LAYOUT.titleRow, last: PROPOSALS_LAYOUT.subtitleRow };
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: title.last }];
  setA4Print(sheet, { orientation: "landscape", titleRows: title });
}

/** The count table; returns its last row. */
function writeCounts(sheet: TableSheet, { result, lang }: ResultContext): number {
  const { countsTitleRow, countsHeaderRow, firstCountRow, countColumns: c } = PROPOSALS_LAYOUT;
  writeLine(sheet, countsTitleRow, text("proposal.result.counts", lang), "heading");
  const top = countsHeaderRow;
  const header = (col: number, id: TextId) =>
    putText(sheet.getCell(top, col), text(id, lang), "text", "header");
  const subHeader = (col: number, id: TextId) =>
    putText(sheet.getCell(top + 1, col), text(id, lang), "text", "header");
  header(c.award, "proposal.result.col.award");
  mergeStyled(sheet, top, c.award, top + 1, c.award + 1);
  header(c.collectiveRegular, "proposal.result.col.collective");
  mergeStyled(sheet, top, c.collectiveRegular, top, c.collectiveThematic);
  header(c.individualRegular, "proposal.result.col.individual");
  mergeStyled(sheet, top, c.individualRegular, top, c.individualThematic);
  subHeader(c.collectiveRegular, "proposal.result.col.regular");
  subHeader(c.collectiveThematic, "proposal.result.col.thematic");
  subHeader(c.individualRegular, "proposal.result.col.regular");
  subHeader(c.individualThematic, "proposal.result.col.thematic");

  result.proposals.counts.forEach((count, k) => {
    const row = firstCountRow + k;
    putText(sheet.getCell(row, c.award), count.award, "wrap");
    mergeStyled(sheet, row, c.award, row, c.award + 1);
    putNumber(
      sheet.getCell(row, c.collectiveRegular),
      count.collective - count.collectiveThematic,
      "count",
    );
    putNumber(sheet.getCell(row, c.collectiveThematic), count.collectiveThematic, "count");
    putNumber(
      sheet.getCell(row, c.individualRegular),
      count.individual - count.individualThematic,
      "count",
    );
    putNumber(sheet.getCell(row, c.individualThematic), count.individualThematic, "count");
  });
  return firstCountRow + result.proposals.counts.length - 1;
}

/** One award's list for one kind of recipient, regular then thematic; returns its last row. */
function writeBlock(
  sheet: TableSheet,
  first: number,
  numeral: string,
  award: string,
  subject: ProposalSubject,
  proposals: readonly UnitProposal[],
  lang: Lang,
): number {
  const { columns } = PROPOSALS_LAYOUT;
  const title = text("proposal.result.block", lang, {
    numeral,
    award,
    subject: text(`proposal.result.subject.${subject}`, lang),
  });
  writeLine(sheet, first, title, "heading");
  writeHeaderRow(sheet, first + 1, [
    text("proposal.result.col.no", lang),
    text("proposal.result.col.name", lang),
    text("proposal.result.col.position", lang),
    text("proposal.result.col.unit", lang),
    text("proposal.result.col.achievement", lang),
  ]);
  let row = first + 1;
  let number = 0;
  for (const kind of KINDS) {
    const ofKind = proposals.filter((p) => p.kind === kind);
    if (ofKind.length === 0) continue;
    row += 1;
    putText(
      sheet.getCell(row, columns.no),
      text(`proposal.result.kind.${kind}`, lang),
      "text",
      "total",
    );
    mergeStyled(sheet, row, columns.no, row, LIST_LAST_COLUMN);
    for (const proposal of ofKind) {
      row += 1;
      number += 1;
      const r = sheet.getRow(row);
      putNumber(r.getCell(columns.no), number, "centre");
      putText(r.getCell(columns.name), proposal.name, "wrap");
      putText(r.getCell(columns.position), proposal.position, "wrap");
      putText(r.getCell(columns.unit), proposal.unitName || proposal.unit, "wrap");
      putText(r.getCell(columns.achievement), proposal.achievement, "wrap");
    }
  }
  return row;
}

/** The rows not counted, with their unions and reasons. */
function writeDropped(sheet: TableSheet, first: number, { result, lang }: ResultContext): void {
  const { dropped } = result.proposals;
  if (dropped.length === 0) return;
  const { columns } = PROPOSALS_LAYOUT;
  writeLine(sheet, first, text("proposal.result.dropped", lang), "heading");
  writeHeaderRow(sheet, first + 1, [
    text("proposal.result.col.no", lang),
    text("proposal.result.col.name", lang),
    text("proposal.result.col.award-text", lang),
    text("proposal.result.col.unit", lang),
    text("proposal.result.col.reason", lang),
    text("proposal.result.col.row", lang),
  ]);
  dropped.forEach((proposal, k) => {
    const r = sheet.getRow(first + 2 + k);
    putNumber(r.getCell(columns.no), k + 1, "centre");
    putText(r.getCell(columns.name), proposal.name, "wrap");
    putText(r.getCell(columns.position), proposal.awardText, "wrap");
    putText(r.getCell(columns.unit), `${proposal.unit} – ${proposal.unitName}`, "wrap");
    putText(r.getCell(columns.achievement), proposal.reasons.join("\n"), "wrap");
    putNumber(r.getCell(columns.row), proposal.row, "centre");
  });
}
