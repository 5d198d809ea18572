/**
 * A reporting period (kỳ báo cáo, DOMAIN.md): a calendar year, its first or second half, or a
 * term (nhiệm kỳ) of whole years.
 *
 * @example
 * const year: Period = { kind: "year", year: 2024 };
 * const term: Period = { kind: "term", from: 2023, to: 2028 };
 */
export type Period =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "first-half"; readonly year: number }
  | { readonly kind: "second-half"; readonly year: number }
  | { readonly kind: "term"; readonly from: number; readonly to: number };
