import { awardsSheet } from "./awardsSheet";
import { checksSheet } from "./checksSheet";
import { classificationSheet } from "./classificationSheet";
import { configSheet } from "./configSheet";
import { proposalsSheet } from "./proposalsSheet";
import type { ResultSheet } from "./resultSheet";
import { sentencesSheet } from "./sentencesSheet";
import { summarySheet } from "./summarySheet";
import { trackingSheet } from "./trackingSheet";

/**
 * The sheets of the output workbook, in order. A new sheet (Đề nghị khen thưởng, Theo dõi nộp
 * báo cáo…) is a module exporting a ResultSheet and one line here.
 */
export const RESULT_SHEETS: readonly ResultSheet[] = [
  summarySheet,
  classificationSheet,
  awardsSheet,
  proposalsSheet,
  checksSheet,
  trackingSheet,
  sentencesSheet,
  configSheet,
];
