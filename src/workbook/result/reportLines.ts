import type { TableSheet } from "../excel/tableSheet";
import { setA4Print } from "../excel/pageSetup";
import { SENTENCES_LAYOUT } from "./sentencesSheet";
import { writeLine } from "./tableLayout";

/**
 * A sheet of report sentences laid out as sheet Báo cáo is: a heading, then one sentence per
 * row in column A, wrapped in a column wide enough to read them as a paragraph; for the
 * workbooks that are not a consolidation's (the term report, the roll-up).
 *
 * @example
 * writeReportLines(workbook.addWorksheet("Báo cáo"), "NỘI DUNG BÁO CÁO NHIỆM KỲ – …", report.sentences);
 */
export function writeReportLines(
  sheet: TableSheet,
  title: string,
  sentences: readonly string[],
): void {
  const { titleRow, firstSentenceRow, width } = SENTENCES_LAYOUT;
  writeLine(sheet, titleRow, title, "heading");
  sentences.forEach((sentence, k) => writeLine(sheet, firstSentenceRow + k, sentence, "sentence"));
  sheet.getColumn(1).width = width;
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: titleRow }];
  setA4Print(sheet, { orientation: "landscape", titleRows: { first: titleRow, last: titleRow } });
}
