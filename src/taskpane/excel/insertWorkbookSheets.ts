import type { Lang } from "../../core/messages/format";
import { supportsExcelApi } from "./apiSupport";
import { SheetsExistError } from "./errors";
import { loadSheetNames, matchSheetNames, spareSheetName } from "./sheetNames";

export interface InsertSheetsOptions {
  /** Replace sheets of the same names; without it, existing names throw `SheetsExistError`. */
  readonly replace?: boolean;
  /** The language of the `SheetsExistError` message. */
  readonly lang?: Lang;
}

/**
 * The fast path for putting result sheets into the open workbook: copies the named sheets of
 * an xlsx file (Base64) with all their formatting, in one request (ExcelApi 1.13). Returns
 * false, having changed nothing, where Excel cannot (Excel on iPad, older perpetual Office):
 * the caller then writes the sheets cell by cell with `writeResultSheets`.
 *
 * Sheets of the same names are refused unless `replace` is set; then they are moved aside
 * while the new ones come in, and removed only once the copy succeeded (a failed copy — Excel
 * on the web refuses sheets with charts or comments — gives them back their names and
 * rethrows).
 *
 * @example
 * const bytes = await writeResultWorkbook(result, rules);
 * const done = await insertWorkbookSheets(context, base64FromBytes(bytes), RESULT_NAMES, { replace: true });
 * if (!done) await writeResultSheets(context, gridToResultSheets(grid), { replace: true });
 */
export async function insertWorkbookSheets(
  context: Excel.RequestContext,
  base64: string,
  names: readonly string[],
  options: InsertSheetsOptions = {},
): Promise<boolean> {
  if (!supportsExcelApi("1.13")) return false;
  const existing = await loadSheetNames(context);
  const clashes = matchSheetNames(existing, names);
  if (clashes.length > 0 && !options.replace) {
    throw new SheetsExistError(
      clashes.map((clash) => clash.wanted),
      options.lang,
    );
  }

  const worksheets = context.workbook.worksheets;
  const taken = [...existing];
  const moved = clashes.map((clash) => {
    const spare = spareSheetName(taken, 1);
    taken.push(spare);
    worksheets.getItem(clash.existing).name = spare;
    return { original: clash.existing, spare };
  });
  context.workbook.insertWorksheetsFromBase64(base64, {
    sheetNamesToInsert: [...names],
    positionType: "End",
  });
  try {
    await context.sync();
  } catch (error) {
    if (moved.length > 0) {
      for (const { original, spare } of moved) worksheets.getItem(spare).name = original;
      await context.sync();
    }
    throw error;
  }
  if (moved.length > 0) {
    for (const { spare } of moved) worksheets.getItem(spare).delete();
    await context.sync();
  }
  return true;
}
