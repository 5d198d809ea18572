import type { TableSheet } from "../excel/tableSheet";
import { text } from "../../core/messages/text";
import type { ResultContext, ResultSheet } from "./resultSheet";
import { writeLine } from "./tableLayout";
import { setA4Print } from "../excel/pageSetup";

/** Where sheet Báo cáo puts things: a title, then one sentence per row. */
export const SENTENCES_LAYOUT = { titleRow: 1, firstSentenceRow: 2, width: 120 } as const;

/**
 * Sheet Báo cáo: the report's sentences, one per row in column A, wrapped in a column wide
 * enough to read them as a paragraph, ready to copy into the province's report.
 */
export const sentencesSheet: ResultSheet = {
  name: text("result.sheet.sentences", "vi"),
  write: writeSentencesSheet,
};

function writeSentencesSheet(sheet: TableSheet, context: ResultContext): void {
  const { result, lang } = context;
  const { titleRow, firstSentenceRow } = SENTENCES_LAYOUT;
  writeLine(
    sheet,
    titleRow,
    text("result.sentences.title", lang, { period: context.period }),
    "heading",
  );
  result.sentences.forEach((sentence, k) => {
    writeLine(sheet, firstSentenceRow + k, sentence, "sentence");
  });
  sheet.getColumn(1).width = SENTENCES_LAYOUT.width;
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: titleRow }];
  setA4Print(sheet, { orientation: "landscape", titleRows: { first: titleRow, last: titleRow } });
}
