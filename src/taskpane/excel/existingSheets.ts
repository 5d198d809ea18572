import { loadSheetNames, matchSheetNames } from "./sheetNames";

/**
 * Which of these sheet names the open workbook already has (Excel ignores case in sheet
 * names), as the caller spelled them, in the caller's order: the pane asks before replacing.
 *
 * @example
 * await existingSheets(context, ["Tổng hợp", "Xếp loại"]) // ["Tổng hợp"]
 */
export async function existingSheets(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<string[]> {
  const existing = await loadSheetNames(context);
  return matchSheetNames(existing, names).map((match) => match.wanted);
}
