import { isRulesSheetName, jsonFromLines, RULES_SHEET } from "./rulesSheet";
import { loadSheetNames } from "./sheetNames";

/**
 * The rules' JSON text from the open workbook: column A of sheet `CauHinh` (or of the result
 * workbook's `Cấu hình`), its lines joined, from the line that opens the JSON object. Null
 * when the workbook has no such sheet or the sheet holds no JSON; the pane checks the text
 * with `parseRulesText`, which reports every problem as a finding.
 *
 * @example
 * const json = await readRulesSheet(context);
 * if (json !== null) parseRulesText(json, "CauHinh");
 */
export async function readRulesSheet(context: Excel.RequestContext): Promise<string | null> {
  const names = await loadSheetNames(context);
  const name = names.find((n) => n === RULES_SHEET) ?? names.find(isRulesSheetName);
  if (name === undefined) return null;

  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load(["values", "rowIndex", "columnIndex"]);
  await context.sync();
  if (used.isNullObject || used.columnIndex > 0) return null;

  const lines: string[] = Array<string>(used.rowIndex).fill("");
  for (const row of used.values) lines.push(String(row[0] ?? ""));
  return jsonFromLines(lines);
}
