import type { Lang } from "../../core/messages/format";
import { SheetsExistError } from "./errors";
import { planChunks, type SheetChunk } from "./planChunks";
import { DEFAULT_REQUEST_BYTES, RequestBudget } from "./requestBudget";
import type { ResultSheetData } from "./resultSheetData";
import { loadSheetNames, matchSheetNames, spareSheetName } from "./sheetNames";

export interface WriteSheetsOptions {
  /** Replace sheets of the same names; without it, existing names throw `SheetsExistError`. */
  readonly replace: boolean;
  /** At most this many cells per write. */
  readonly chunkCells?: number;
  /** The bytes one request may carry (default 1 MB, a fifth of Office's 5 MB limit). */
  readonly budgetBytes?: number;
  /** The language of the `SheetsExistError` message. */
  readonly lang?: Lang;
}

// Excel's column width unit is the width of a digit (7 pixels in the default font), plus 5
// pixels of padding; the API sets widths in points (¾ of a pixel).
const pointsOfCharacters = (characters: number) => (characters * 7 + 5) * 0.75;

/**
 * Writes sheets of plain values into the open workbook: new sheets at the end, text kept as
 * text (its number format "@" set before the value), formulas entered as formulas. Rows go in
 * blocks that keep every request under the budget, one sync per request; small sheets share a
 * request. Sheets of the same names (ignoring case) are refused unless `replace` is set; then
 * they are removed once the new ones exist, so a workbook that held only those sheets is
 * never left without one.
 *
 * @example
 * try {
 *   await writeResultSheets(context, sheets, { replace: false });
 * } catch (error) {
 *   if (!(error instanceof SheetsExistError) || !confirm(error.message)) throw error;
 *   await writeResultSheets(context, sheets, { replace: true });
 * }
 */
export async function writeResultSheets(
  context: Excel.RequestContext,
  sheets: readonly ResultSheetData[],
  options: WriteSheetsOptions,
): Promise<void> {
  const budgetBytes = options.budgetBytes ?? DEFAULT_REQUEST_BYTES;
  const existing = await loadSheetNames(context);
  const clashes = matchSheetNames(
    existing,
    sheets.map((sheet) => sheet.name),
  );
  if (clashes.length > 0 && !options.replace) {
    throw new SheetsExistError(
      clashes.map((clash) => clash.wanted),
      options.lang,
    );
  }

  const worksheets = context.workbook.worksheets;
  const taken = [...existing];
  const retired = clashes.map((clash) => {
    const sheet = worksheets.getItem(clash.existing);
    const spare = spareSheetName(taken, 1);
    taken.push(spare);
    sheet.name = spare;
    return sheet;
  });
  const added = sheets.map((sheet) => worksheets.add(sheet.name));
  for (const sheet of retired) sheet.delete();

  const budget = new RequestBudget(context, budgetBytes);
  for (const [index, data] of sheets.entries()) {
    const worksheet = added[index]!;
    const chunks = planChunks(data, { budgetBytes, maxCells: options.chunkCells });
    for (const chunk of chunks) {
      await budget.reserve(chunk.bytes);
      queueChunk(worksheet, chunk);
    }
    queueLayout(worksheet, data, chunks);
  }
  added[0]?.activate();
  await budget.flush();
}

function queueChunk(worksheet: Excel.Worksheet, chunk: SheetChunk): void {
  const range = worksheet.getRangeByIndexes(chunk.row, 0, chunk.rows, chunk.cols);
  // The format first: text reaches a cell already formatted as text, and stays text.
  if (chunk.numberFormat) range.numberFormat = chunk.numberFormat;
  if (chunk.viaFormulas) range.formulas = chunk.values;
  else range.values = chunk.values;
}

function queueLayout(
  worksheet: Excel.Worksheet,
  data: ResultSheetData,
  chunks: readonly SheetChunk[],
): void {
  if (data.freezeRows && data.freezeRows > 0) worksheet.freezePanes.freezeRows(data.freezeRows);
  if (data.columnWidths && data.columnWidths.length > 0) {
    data.columnWidths.forEach((width, col) => {
      worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = pointsOfCharacters(width);
    });
    return;
  }
  const last = chunks[chunks.length - 1];
  if (last)
    worksheet.getRangeByIndexes(0, 0, last.row + last.rows, last.cols).format.autofitColumns();
}
