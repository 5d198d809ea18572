import type { Period } from "./period";

// Built with Date.UTC rather than date-fns: date-fns computes in the machine's local time zone,
// while every date in the project is the UTC midnight of its day (see parseVietnameseDate), so
// a period's bounds compare with report dates and founding dates on any machine.

/**
 * The first day of a period, as a UTC midnight: 1 January, or 1 July for the second half; a
 * term starts on 1 January of its first year.
 *
 * @example
 * periodStart({ kind: "second-half", year: 2021 }) // 2021-07-01T00:00:00.000Z
 * periodStart({ kind: "term", from: 2023, to: 2028 }) // 2023-01-01T00:00:00.000Z
 */
export function periodStart(period: Period): Date {
  switch (period.kind) {
    case "year":
    case "first-half":
      return utcDay(period.year, 1, 1);
    case "second-half":
      return utcDay(period.year, 7, 1);
    case "term":
      return utcDay(period.from, 1, 1);
  }
}

/**
 * The last day of a period, as a UTC midnight: 31 December, or 30 June for the first half; a
 * term ends on 31 December of its last year. The CXL rule counts months back from this day.
 *
 * @example
 * periodEnd({ kind: "year", year: 2024 }) // 2024-12-31T00:00:00.000Z
 * periodEnd({ kind: "first-half", year: 2021 }) // 2021-06-30T00:00:00.000Z
 * periodEnd({ kind: "term", from: 2023, to: 2028 }) // 2028-12-31T00:00:00.000Z
 */
export function periodEnd(period: Period): Date {
  switch (period.kind) {
    case "year":
    case "second-half":
      return utcDay(period.year, 12, 31);
    case "first-half":
      return utcDay(period.year, 6, 30);
    case "term":
      return utcDay(period.to, 12, 31);
  }
}

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
