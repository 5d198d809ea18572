import type { Period } from "./period";

/**
 * Writes a period the one canonical way, as the form and the summary sheets show it; the
 * result reads back with parsePeriod to the same period.
 *
 * @example
 * formatPeriod({ kind: "year", year: 2024 }) // "Năm 2024"
 * formatPeriod({ kind: "first-half", year: 2021 }) // "6 tháng đầu năm 2021"
 * formatPeriod({ kind: "term", from: 2023, to: 2028 }) // "Nhiệm kỳ 2023-2028"
 */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case "year":
      return `Năm ${period.year}`;
    case "first-half":
      return `6 tháng đầu năm ${period.year}`;
    case "second-half":
      return `6 tháng cuối năm ${period.year}`;
    case "term":
      return `Nhiệm kỳ ${period.from}-${period.to}`;
  }
}
