import type { Worksheet } from "exceljs";
import { columnLetters } from "../../core/grid/address";
import type { TextId } from "../../core/messages/catalog";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { Rules } from "../../core/rules";
import { setText } from "../excel/setText";
import {
  BOLD,
  FILLS,
  NOTE_FONT,
  NUMBER_FORMATS,
  TITLE_FONT,
  centre,
  markInput,
  styleTableRow,
  validation,
  writeBanner,
  writeTableHeader,
} from "./cellStyles";

/** Where the template puts things on sheet ChamDiem (1-based rows and columns). */
export const SCORE_LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  headerRow: 4,
  columns: { code: 1, criterion: 2, maxPoints: 3, selfScore: 4, appraisedScore: 5, note: 6 },
} as const;

const TABLE_LABELS: readonly TextId[] = [
  "template.label.code",
  "template.label.criterion",
  "template.label.max-points",
  "template.label.self-score",
  "template.label.appraised-score",
  "template.label.note",
];

const WIDTHS = [10, 58, 12, 12, 12, 28];

/**
 * Writes sheet ChamDiem: one row per criterion (code, name, max points, then the self and
 * appraised scores to fill in) and a `Tổng cộng` row of live SUM formulas. The max points'
 * total is known and cached; the scores' totals are left for Excel to compute on opening
 * (readers ignore a total formula without a cached value).
 */
export function writeScoreSheet(sheet: Worksheet, rules: Rules, lang: Lang): void {
  const { columns } = SCORE_LAYOUT;
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const title = text("template.scoresheet-title", "vi");
  writeBanner(sheet, SCORE_LAYOUT.titleRow, columns.note, title, TITLE_FONT);
  const subtitle = text("template.scoresheet-subtitle", lang);
  writeBanner(sheet, SCORE_LAYOUT.subtitleRow, columns.note, subtitle, NOTE_FONT);
  writeTableHeader(
    sheet,
    SCORE_LAYOUT.headerRow,
    TABLE_LABELS.map((label) => text(label, "vi")),
  );

  let row = SCORE_LAYOUT.headerRow;
  for (const criterion of rules.criteria) {
    row += 1;
    styleTableRow(sheet, row, columns.note, [columns.criterion, columns.note]);
    const r = sheet.getRow(row);
    setText(r.getCell(columns.code), criterion.code);
    centre(r.getCell(columns.code));
    setText(r.getCell(columns.criterion), criterion.label);
    r.getCell(columns.maxPoints).value = criterion.maxPoints;
    r.getCell(columns.maxPoints).numFmt = NUMBER_FORMATS.score;
    for (const c of [columns.selfScore, columns.appraisedScore]) {
      const cell = r.getCell(c);
      markInput(cell);
      cell.numFmt = NUMBER_FORMATS.score;
      cell.dataValidation = validation(
        { type: "decimal", operator: "between", formulae: [0, criterion.maxPoints] },
        text("template.validation.score", lang, { max: criterion.maxPoints }),
        lang,
      );
    }
    // The province appraises; the unit need not fill this column in.
    r.getCell(columns.appraisedScore).fill = FILLS.section;
    r.getCell(columns.note).protection = { locked: false };
  }

  const first = SCORE_LAYOUT.headerRow + 1;
  const last = row;
  styleTableRow(sheet, row + 1, columns.note, [], BOLD);
  const total = sheet.getRow(row + 1);
  for (let c = 1; c <= columns.note; c++) total.getCell(c).fill = FILLS.total;
  setText(total.getCell(columns.criterion), text("template.label.total", "vi"));
  const maxTotal = rules.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  for (const c of [columns.maxPoints, columns.selfScore, columns.appraisedScore]) {
    const letters = columnLetters(c - 1);
    const formula = rules.criteria.length > 0 ? `SUM(${letters}${first}:${letters}${last})` : "0";
    const cell = total.getCell(c);
    cell.value = c === columns.maxPoints ? { formula, result: maxTotal } : { formula };
    cell.numFmt = NUMBER_FORMATS.score;
  }

  sheet.views = [
    { state: "frozen", xSplit: 0, ySplit: SCORE_LAYOUT.headerRow, activeCell: `D${first}` },
  ];
}
