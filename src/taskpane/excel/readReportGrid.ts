import type { WorkbookGrid } from "../../core/grid/cell";
import { isFormSheetName } from "../../core/report";
import { usedRangeToSheet } from "./usedRangeToSheet";

// DATE(1904;1;1) is 0 in a workbook that counts from 1904 and 1462 in one that counts from
// 1900; the Excel API has no property for the date system, but evaluates the function without
// touching a cell.
const EPOCH_1904_SERIAL = 0;

/**
 * Reads the open workbook's form sheets (BaoCao, ChamDiem, DeNghiKhenThuong, matched as the
 * file reader matches them) into the plain grid that `validateWorkbook` checks, so a report
 * open in Excel gets the same findings, at the same cells, as the same report read from its
 * file. Two syncs: the sheet names (and the date system), then every form sheet's used range
 * at once — values, number formats (dates), formulas and value types (errors).
 *
 * @example
 * const grid = await Excel.run((context) => readReportGrid(context));
 * validateWorkbook(grid, "Sổ làm việc đang mở", rules).findings
 */
export async function readReportGrid(context: Excel.RequestContext): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load("value");
  await context.sync();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const date1904 = epoch.value === EPOCH_1904_SERIAL;
  const used = sheetNames.filter(isFormSheetName).map((name) => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(["values", "numberFormat", "formulas", "valueTypes", "rowIndex", "columnIndex"]);
    return { name, range };
  });
  await context.sync();

  const sheets = used.map(({ name, range }) =>
    range.isNullObject ? { name, rows: [] } : usedRangeToSheet(name, range, date1904),
  );
  return { sheetNames, sheets };
}
