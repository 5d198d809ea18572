import type { TableSheet } from "../excel/tableSheet";
import { format } from "date-fns";
import { text } from "../../core/messages/text";
import { formatPeriod } from "../../core/period";
// Not the rules' index: it would load zod's schema, which writing a result has no need of.
import { printRulesJson } from "../../core/rules/printRulesJson";
import { rulesHash } from "../../core/rules/rulesHash";
import { displayWidth } from "../excel/columnWidths";
import { setA4Print } from "../excel/pageSetup";
import { setText } from "../excel/setText";
import type { ResultContext, ResultSheet } from "./resultSheet";
import { writeLine } from "./tableLayout";
import { LINE_STYLES } from "./tableStyles";

/**
 * Where sheet Cấu hình puts things: a title, a note, the mark of a result workbook with its
 * period, then the rules JSON line by line in A.
 */
export const CONFIG_LAYOUT = { titleRow: 1, noteRow: 2, markerRow: 3, firstJsonRow: 4 } as const;

/**
 * The mark that says a workbook is a result workbook of this tool, in version 1 of its layout
 * (as `CDVC-BC 1` marks the unit report form): in A3 of sheet Cấu hình, the period in B3 as
 * formatPeriod writes it. A later run reads a consolidated workbook back only when it finds it
 * (`--previous`, `cdvc term`, the roll-up).
 */
export const RESULT_MARKER = "CDVC-TH 1";

/**
 * Sheet Cấu hình: the rules the consolidation used, as pretty JSON (printRulesJson), one line
 * per row in column A from row 4, as text. Copied back into a rules.json file (or read back
 * from the sheet), they give the same rules, so the result can be reproduced; the note above
 * says when the workbook was written and the rules' fingerprint (rulesHash); row 3 holds the
 * mark of a result workbook and its period (RESULT_MARKER).
 */
export const configSheet: ResultSheet = {
  name: text("result.sheet.config", "vi"),
  write: writeConfigSheet,
};

function writeConfigSheet(sheet: TableSheet, context: ResultContext): void {
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
  writeLine(sheet, CONFIG_LAYOUT.markerRow, RESULT_MARKER, "code");
  if (context.result.period) {
    setText(sheet.getCell(CONFIG_LAYOUT.markerRow, 2), formatPeriod(context.result.period));
    sheet.getCell(CONFIG_LAYOUT.markerRow, 2).style = LINE_STYLES.code;
  }
  // Rules come from parseRules or defaultRules, in the schema's order: parsing them again to
  // order them (rulesToJson) would change nothing.
  const lines = printRulesJson(rules).replace(/\n$/, "").split("\n");
  let widest = 0;
  lines.forEach((line, k) => {
    writeLine(sheet, firstJsonRow + k, line, "code");
    widest = Math.max(widest, displayWidth(line));
  });
  sheet.getColumn(1).width = Math.min(120, Math.max(60, widest + 2));
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: noteRow }];
  setA4Print(sheet, { orientation: "landscape", titleRows: { first: titleRow, last: noteRow } });
}
