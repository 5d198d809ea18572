import { supportsExcelApi } from "./apiSupport";
import { base64FromBytes } from "./base64FromBytes";
import { ApiNotSupportedError } from "./errors";

/**
 * Opens an xlsx file (a blank or pre-filled report form) as a new workbook in Excel
 * (ExcelApi 1.8). Where Excel cannot, throws `ApiNotSupportedError`, and the pane offers the
 * file as a download instead. Needs no request context: the new workbook is not the open one.
 *
 * @example
 * await createWorkbookFromBytes(await writeTemplate(rules, { unitCode: "CD001" }));
 */
export async function createWorkbookFromBytes(bytes: Uint8Array): Promise<void> {
  if (!supportsExcelApi("1.8")) throw new ApiNotSupportedError("1.8");
  await Excel.createWorkbook(base64FromBytes(bytes));
}
