/** The report form, version 1, written with ExcelJS. */
export { writeTemplate } from "./writeTemplate";
export type { TemplateOptions } from "./templateOptions";
export { GUIDE_SHEET, PROPOSALS_SHEET, REPORT_SHEET, SCORE_SHEET } from "./formSheets";
export { REPORT_LAYOUT } from "./reportSheet";
export { SCORE_LAYOUT } from "./scoreSheet";
export { PROPOSAL_LAYOUT } from "./proposalSheet";
