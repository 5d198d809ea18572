/** The report form as found in a workbook: sheets, header fields and tables, by label and code. */
export { extractReport, type ReportExtraction } from "./extractReport";
export { findSheet, isFormSheetName } from "./findSheet";
export {
  reportForm,
  type CriterionColumn,
  type FieldKey,
  type IndicatorColumn,
  type ProposalColumn,
} from "./reportForm";
export type {
  CodedRow,
  CriterionRow,
  CriterionTable,
  IndicatorRow,
  IndicatorTable,
  ProposalRow,
  ProposalTable,
  ReportCell,
  ReportField,
  ReportTable,
  TableRow,
  UnitReport,
} from "./unitReport";
export { cellText } from "./cellText";
export { isBlankCell } from "./isBlankCell";
