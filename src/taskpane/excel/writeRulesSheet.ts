import { RULES_SHEET } from "./rulesSheet";
import { writeResultSheets } from "./writeResultSheets";

// Wide enough to read the longest lines of the rules without widening the column by hand.
const JSON_COLUMN_WIDTH = 100;

/**
 * Writes the rules (the JSON text of `rulesToJson`) to sheet `CauHinh`, one line per row in
 * column A, every line as text: the province edits them there and the pane reads them back
 * with `readRulesSheet`. An existing `CauHinh` sheet is replaced.
 *
 * @example
 * await writeRulesSheet(context, rulesToJson(rules));
 */
export async function writeRulesSheet(
  context: Excel.RequestContext,
  rulesJson: string,
): Promise<void> {
  const lines = rulesJson.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  await writeResultSheets(
    context,
    [
      {
        name: RULES_SHEET,
        rows: lines.map((line) => [line === "" ? null : line]),
        textColumns: [0],
        columnWidths: [JSON_COLUMN_WIDTH],
      },
    ],
    { replace: true },
  );
}
