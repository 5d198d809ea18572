/** The consolidation output workbook, written with ExcelJS. */
export { writeResultWorkbook, type ResultWorkbookOptions } from "./writeResultWorkbook";
export type { ResultContext, ResultSheet } from "./resultSheet";
export { RESULT_SHEETS } from "./resultSheets";
export { SUMMARY_LAYOUT, summaryColumns, type IndicatorColumns } from "./summarySheet";
export { CLASSIFICATION_LAYOUT } from "./classificationSheet";
export { AWARDS_LAYOUT } from "./awardsSheet";
export { PROPOSALS_LAYOUT, proposalsSheet } from "./proposalsSheet";
export { CHECKS_LAYOUT } from "./checksSheet";
export { SENTENCES_LAYOUT } from "./sentencesSheet";
export { CONFIG_LAYOUT } from "./configSheet";
