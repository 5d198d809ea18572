/**
 * Period over period (issue 9): consolidated periods as plain values, compared unit by unit and
 * for the province, with the sentences the report gains.
 */
export type { PeriodResult, PeriodUnit } from "./periodResult";
export { periodResultOf } from "./periodResultOf";
export { periodSummary, type PeriodSummary } from "./periodSummary";
export { classMove, type ClassMove } from "./classMove";
export { figureChange, type FigureChange, type PeriodFigure } from "./figureChange";
export {
  comparePeriods,
  type CountChange,
  type PeriodComparison,
  type UnitComparison,
  type UnitStanding,
} from "./comparePeriods";
export { comparisonSentences } from "./comparisonSentences";
export { classChangeSentence } from "./classChangeSentence";
export { indicatorChangeSentence } from "./indicatorChangeSentence";
export { checkPreviousPeriod } from "./checkPreviousPeriod";
export { periodInSentence } from "./periodInSentence";
export { upperFirst } from "./upperFirst";
