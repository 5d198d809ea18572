/** The term report (issue 9): a term's years added up, class counts per year, units' records. */
export { termReport, type TermReport, type TermYear } from "./termReport";
export { termTotals } from "./termTotals";
export { termUnitRecords, type TermUnitRecord } from "./termUnitRecords";
export { termSentences, type TermSentenceInput } from "./termSentences";
export { checkTermYears } from "./checkTermYears";
