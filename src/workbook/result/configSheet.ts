import type { Worksheet } from "exceljs";
import { format } from "date-fns";
import { text } from "../../core/messages/text";
import { rulesHash, rulesToJson } from "../../core/rules";
import { displayWidth } from "../excel/columnWidths";
import { setA4Print } from "../excel/pageSetup";
import type { ResultContext, ResultSheet } from "./resultSheet";
import { writeLine } from "./tableLayout";

/** Where sheet Cấu hình puts things: a title, a note, then the rules JSON line by line in A. */
export const CONFIG_LAYOUT = { titleRow: 1, noteRow: 2, firstJsonRow: 4 } as const;

/**
 * Sheet Cấu hình: the rules the consolidation used, as the JSON `rulesToJson` writes, one line
 * per row in column A from row 4, as text. Copied back into a rules.json file (or read back
 * from the sheet), they give the same rules, so the result can be reproduced; the note above
 * says when the workbook was written and the rules' fingerprint (rulesHash).
 */
export const configSheet: ResultSheet = {
  name: text("result.sheet.config", "vi"),
  write: writeConfigSheet,
};

function writeConfigSheet(sheet: Worksheet, context: ResultContext): void {
  const { rules, lang, generatedAt } = context;
  const { titleRow, noteRow, firstJsonRow } = CONFIG_LAYOUT;
  writeLine(
    sheet,
    titleRow,
    text("result.config.title", lang, { period: context.period }),
    "heading",
  );
  writeLine(
    sheet,
    noteRow,
    text("result.config.note", lang, {
      // Local time, as the person who ran it reads a clock.
      time: format(generatedAt, "dd/MM/yyyy HH:mm"),
      hash: rulesHash(rules),
      first: firstJsonRow,
    }),
  );
  const lines = rulesToJson(rules).replace(/\n$/, "").split("\n");
  let widest = 0;
  lines.forEach((line, k) => {
    writeLine(sheet, firstJsonRow + k, line, "code");
    widest = Math.max(widest, displayWidth(line));
  });
  sheet.getColumn(1).width = Math.min(120, Math.max(60, widest + 2));
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: noteRow }];
  setA4Print(sheet, { orientation: "landscape", titleRows: { first: titleRow, last: noteRow } });
}
