import { findSheet } from "../../core/report";
import { readWorkbook } from "../reader";
import { hasResultMarker } from "./readConfigSheet";
import { RESULT_SHEETS_READ } from "./readConsolidatedWorkbook";

/**
 * Whether a file is a result workbook of this tool rather than a unit's report: it is a
 * workbook with a sheet Cấu hình carrying the mark (RESULT_MARKER). Cheap on a unit's report,
 * whose sheets are only listed (no sheet of that name, so no cell is parsed); false for
 * anything the reader cannot open, which then goes the way of a report to get its finding.
 *
 * @example
 * isConsolidatedWorkbook(await readFile("TongHop-2023.xlsx")) // true
 * isConsolidatedWorkbook(await readFile("CD001.xlsx")) // false
 */
export function isConsolidatedWorkbook(bytes: Uint8Array): boolean {
  const read = readWorkbook(bytes, "", {
    sheetFilter: (name) => name === RESULT_SHEETS_READ.config,
  });
  if (!read.ok) return false;
  const config = findSheet(read.workbook, RESULT_SHEETS_READ.config);
  return config !== null && hasResultMarker(config);
}
