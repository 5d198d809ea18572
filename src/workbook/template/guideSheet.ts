import type { Worksheet } from "exceljs";
import type { TextId } from "../../core/messages/catalog";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { setA4Print } from "../excel/pageSetup";
import { setText } from "../excel/setText";
import { FONT, TITLE_FONT } from "./cellStyles";

/** The instructions, one paragraph a row, in the order a unit fills the form in. */
export const GUIDE_PARAGRAPHS: readonly TextId[] = [
  "template.guide.fill",
  "template.guide.header",
  "template.guide.numbers",
  "template.guide.counts",
  "template.guide.yes-no",
  "template.guide.dates",
  "template.guide.scores",
  "template.guide.labels",
  "template.guide.rows",
  "template.guide.send",
  "proposal.template.guide",
];

const WIDTH = 110;

/**
 * Writes sheet HuongDan: how to fill the form in, in the interface language. Each paragraph
 * is one wrapped cell in a wide column, with the row tall enough for its lines.
 */
export function writeGuideSheet(sheet: Worksheet, formVersion: string, lang: Lang): void {
  sheet.getColumn(1).width = WIDTH;
  const title = sheet.getCell(1, 1);
  setText(title, text("template.guide.title", lang, { version: formVersion }));
  title.font = TITLE_FONT;
  title.alignment = { wrapText: true, vertical: "middle" };
  GUIDE_PARAGRAPHS.forEach((id, i) => {
    const row = sheet.getRow(i + 3);
    const cell = row.getCell(1);
    const paragraph = text(id, lang);
    setText(cell, paragraph);
    cell.font = FONT;
    cell.alignment = { wrapText: true, vertical: "top" };
    // Excel does not grow a row for wrapped text written by a program; 16 points a line.
    row.height = 16 * Math.max(1, Math.ceil(paragraph.length / (WIDTH - 10)));
  });
  setA4Print(sheet);
}
