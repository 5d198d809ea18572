/**
 * The Excel adapter of the task pane: every function takes the request context of the
 * caller's one `Excel.run` per user action, reads ranges into plain arrays for `src/core`, and
 * writes plain arrays back. No domain logic lives here.
 */
export { readReportGrid } from "./readReportGrid";
export { excelCell, usedRangeToSheet, type UsedRangeData } from "./usedRangeToSheet";
export { selectCell } from "./selectCell";
export { markFindings, type MarkOptions, type MarkResult } from "./markFindings";
export { unmarkFindings } from "./unmarkFindings";
export { MARK_COLORS, MARKS_SETTING } from "./markRecord";
export { writeResultSheets, type WriteSheetsOptions } from "./writeResultSheets";
export type { ResultSheetData, ResultValue } from "./resultSheetData";
export { existingSheets } from "./existingSheets";
export { insertWorkbookSheets, type InsertSheetsOptions } from "./insertWorkbookSheets";
export { addResultCharts, type ChartOptions } from "./addResultCharts";
export { CHART_SHEET, type ResultChartData } from "./chartSheet";
export { createWorkbookFromBytes } from "./createWorkbookFromBytes";
export { writeRulesSheet } from "./writeRulesSheet";
export { readRulesSheet } from "./readRulesSheet";
export { RULES_SHEET } from "./rulesSheet";
export { gridToResultSheets, DATE_FORMAT } from "./gridToResultSheets";
export { base64FromBytes } from "./base64FromBytes";
export { supportsExcelApi } from "./apiSupport";
export { ApiNotSupportedError, SheetsExistError } from "./errors";
export { DEFAULT_REQUEST_BYTES } from "./requestBudget";
