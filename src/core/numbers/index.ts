/** Vietnamese numbers, units, dates and yes/no answers: reading them from cells and writing them. */
export {
  parseVietnameseNumber,
  type AmbiguityDetail,
  type NumberFailure,
  type NumberReading,
} from "./parseVietnameseNumber";
export { readNumberCell, type CellNumberReading } from "./readNumberCell";
export { numberReadingProblem, type NumberProblem } from "./numberReadingProblem";
export { parseYesNo } from "./parseYesNo";
export { parseVietnameseDate } from "./parseVietnameseDate";
export { formatVietnameseDate } from "./formatVietnameseDate";
export {
  formatCount2,
  formatPercent,
  formatVietnameseNumber,
  type VietnameseNumberFormat,
} from "./formatVietnamese";
export { roundHalfAwayFromZero } from "./round";
export { shiftDecimal } from "./shiftDecimal";
