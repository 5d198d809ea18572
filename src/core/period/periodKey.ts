import type { Period } from "./period";

/**
 * A short key that is equal exactly when two periods are the same period, for maps and for
 * comparing a report's period with the expected one.
 *
 * @example
 * periodKey({ kind: "year", year: 2024 }) // "2024"
 * periodKey({ kind: "first-half", year: 2021 }) // "2021-H1"
 * periodKey({ kind: "second-half", year: 2021 }) // "2021-H2"
 * periodKey({ kind: "term", from: 2023, to: 2028 }) // "2023-2028"
 */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "first-half":
      return `${period.year}-H1`;
    case "second-half":
      return `${period.year}-H2`;
    case "term":
      return `${period.from}-${period.to}`;
  }
}
