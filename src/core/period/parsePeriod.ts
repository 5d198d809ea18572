import { foldText } from "../text/foldText";
import type { Period } from "./period";

export type { Period } from "./period";
export { formatPeriod } from "./formatPeriod";
export { periodKey } from "./periodKey";
export { periodEnd, periodStart } from "./periodBounds";

// Hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar and minus sign all stand for
// the dash of "2023-2028": Word and Excel turn "-" into "–" as people type.
const DASHES = /[\u2010-\u2015\u2212]/g;
// On folded text (lower case, no diacritics, single spaces), see foldText.
const YEAR = /^nam:? (\d{4})$/;
const HALF = /^(?:0?6|sau) thang (dau|cuoi)(?: nam)? (\d{4})$/;
const TERM = /^nhiem ky:? (\d{4}) ?- ?(\d{4})$/;
// A four-digit year outside these is a typing slip, not a period anyone reports on.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/**
 * Reads a reporting period as units write it: "Năm 2024", "6 tháng đầu năm 2021",
 * "6 tháng cuối năm 2021", "Nhiệm kỳ 2023-2028", in any case, with or without diacritics,
 * with extra spaces, and with any dash ("–", "—") in a term. Returns null for anything else:
 * a bare year, "Năm" without a year, a quarter, or a term that ends before it starts.
 *
 * @example
 * parsePeriod("Năm 2024") // { kind: "year", year: 2024 }
 * parsePeriod("6 THANG DAU NAM 2021") // { kind: "first-half", year: 2021 }
 * parsePeriod("Nhiệm kỳ 2023 – 2028") // { kind: "term", from: 2023, to: 2028 }
 * parsePeriod("Quý 1 năm 2024") // null
 */
export function parsePeriod(text: string): Period | null {
  const folded = foldText(text.replace(DASHES, "-"));
  let match = YEAR.exec(folded);
  if (match) {
    const year = readYear(match[1]);
    return year === null ? null : { kind: "year", year };
  }
  match = HALF.exec(folded);
  if (match) {
    const year = readYear(match[2]);
    if (year === null) return null;
    return { kind: match[1] === "dau" ? "first-half" : "second-half", year };
  }
  match = TERM.exec(folded);
  if (match) {
    const from = readYear(match[1]);
    const to = readYear(match[2]);
    return from === null || to === null || to <= from ? null : { kind: "term", from, to };
  }
  return null;
}

function readYear(digits: string | undefined): number | null {
  const year = Number(digits);
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : null;
}
