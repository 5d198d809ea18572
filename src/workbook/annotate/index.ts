/** Marked copies of the units' workbooks, to send back with their findings (issue 9, item 3). */
export { annotateWorkbook, AnnotationError, type AnnotateOptions } from "./annotateWorkbook";
export { planAnnotations, type AnnotationPlan } from "./planAnnotations";
export { copyFileNames, type CopySource } from "./copyFileNames";
export { cellMarks, type CellMark } from "./cellMarks";
export { MARK_FILLS } from "./applyCellMark";
export { FINDINGS_LAYOUT } from "./findingsSheet";
