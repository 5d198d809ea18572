import type { SheetGrid, WorkbookGrid } from "../grid/cell";
import { normalizeLabel } from "../text/normalizeLabel";
import { reportForm } from "./reportForm";

/** A sheet name as matched: case, diacritics and every space ignored ("Bao cao" = "BAOCAO"). */
function sheetKey(name: string): string {
  return normalizeLabel(name).replace(/ /g, "");
}

/**
 * Finds a sheet of the form by its name, ignoring case, diacritics and spaces; a sheet named
 * exactly as the form wins over one that only matches loosely. Null when the workbook has none
 * (or the reader did not read it).
 *
 * @example
 * findSheet({ sheetNames: ["Bao cao"], sheets: [{ name: "Bao cao", rows: [] }] }, "BaoCao")?.name
 * // "Bao cao"
 */
export function findSheet(grid: WorkbookGrid, name: string): SheetGrid | null {
  const exact = grid.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  const key = sheetKey(name);
  return grid.sheets.find((sheet) => sheetKey(sheet.name) === key) ?? null;
}

const formSheetKeys = new Set(Object.values(reportForm.sheets).map(sheetKey));

/**
 * Whether a sheet name is one of the form's sheets (BaoCao, ChamDiem, DeNghiKhenThuong), as
 * {@link findSheet} matches them: readers use it to parse only the sheets the form needs.
 *
 * @example
 * isFormSheetName("Cham diem") // true
 * isFormSheetName("Sheet1") // false
 */
export function isFormSheetName(name: string): boolean {
  return formSheetKeys.has(sheetKey(name));
}
