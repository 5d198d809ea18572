import { clearMarks } from "./clearMarks";
import { MARKS_SETTING, parseMarkRecord } from "./markRecord";

/**
 * Removes the marks `markFindings` made, and only those: each marked cell gets back the fill
 * it had (unless the user has filled it since), the notes or comments the marks added are
 * deleted, and the user's own fills, notes and comments, on these cells or elsewhere, are
 * left alone. Returns how many cells were restored; 0 when nothing is marked.
 *
 * @example
 * const restored = await unmarkFindings(context);
 */
export async function unmarkFindings(context: Excel.RequestContext): Promise<number> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (setting.isNullObject) return 0;

  const record = parseMarkRecord(setting.value);
  if (!record) {
    // Not a record this version can undo: drop it rather than guess at the cells.
    setting.delete();
    await context.sync();
    return 0;
  }
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  return clearMarks(context, record, sheetNames, setting);
}
