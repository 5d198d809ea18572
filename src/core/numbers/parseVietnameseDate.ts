import type { Cell } from "../grid/cell";
import { foldText } from "../text/foldText";

// Day first with one separator used twice: 08/01/2021, 8-1-21, 8.1.2021.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
// Year first is never day-month, so it reads one way only: 2021-01-08, 2021/1/8.
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
// The formal way, on folded text: "ngày 08 tháng 01 năm 2021".
const IN_WORDS = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/**
 * Reads a date day first (DOMAIN.md): "08/01/2021", "8/1/21", "08-01-2021", "8.1.2021",
 * "2021-01-08", "ngày 08 tháng 01 năm 2021", a date cell or a Date (its UTC day). A US-order
 * reading is never tried: "12/31/2021" is no date. A two-digit year is read as Excel reads it
 * (00–29 → 2000s, 30–99 → 1900s); the day must exist (31/02 is none) and the year lie in
 * 1900–2100. Returns the UTC midnight of the day, or null; a number cell is null (the readers
 * give date-formatted cells as dates).
 *
 * @example
 * parseVietnameseDate("08/01/2021") // 2021-01-08T00:00:00.000Z
 * parseVietnameseDate("8/1/21") // 2021-01-08T00:00:00.000Z
 * parseVietnameseDate("31/02/2021") // null
 */
export function parseVietnameseDate(value: Cell | string | Date | undefined): Date | null {
  if (value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return utcDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === "string") return parseDateText(value);
  if (value.t === "d" || value.t === "s") return parseVietnameseDate(value.v);
  return null;
}

function parseDateText(text: string): Date | null {
  const trimmed = text.trim();
  let match = DAY_FIRST.exec(trimmed);
  if (match) return utcDay(fullYear(match[4]!), Number(match[3]), Number(match[1]));
  match = YEAR_FIRST.exec(trimmed);
  if (match) return utcDay(Number(match[1]), Number(match[3]), Number(match[4]));
  match = IN_WORDS.exec(foldText(trimmed));
  if (match) return utcDay(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year <= 29 ? 2000 + year : 1900 + year;
}

/** The UTC midnight of a day that exists, else null. */
function utcDay(year: number, month: number, day: number): Date | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}
