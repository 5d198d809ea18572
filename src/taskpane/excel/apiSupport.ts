/**
 * Whether the Excel that runs the pane supports a version of the ExcelApi requirement set.
 * False outside Office (a browser page, a test) and when Office cannot tell.
 *
 * Versions this adapter asks about: 1.8 `Excel.createWorkbook`, 1.9 a fill's `pattern`,
 * 1.10 comments, 1.13 `insertWorksheetsFromBase64`, 1.18 notes.
 *
 * @example
 * if (supportsExcelApi("1.13")) insertWorksheetsFromBase64(...);
 */
export function supportsExcelApi(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
