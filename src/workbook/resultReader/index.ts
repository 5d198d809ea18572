/** Result workbooks written earlier by this tool, read back into plain values (issue 9). */
export {
  readConsolidatedGrid,
  readConsolidatedWorkbook,
  RESULT_SHEETS_READ,
  type ConsolidatedRead,
} from "./readConsolidatedWorkbook";
export { isConsolidatedWorkbook } from "./isConsolidatedWorkbook";
export { hasResultMarker, readConfigSheet } from "./readConfigSheet";
export { readSummaryUnits, type SummaryUnit } from "./readSummaryUnits";
export { readClassificationUnits, type ClassifiedUnit } from "./readClassificationUnits";
