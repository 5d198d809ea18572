import { isValid, parse } from "date-fns";

const DD_MM_YYYY = /^\d{2}\/\d{2}\/\d{4}$/;

/**
 * Reads the deadline of a rules file, written exactly "dd/MM/yyyy" (two-digit day and month,
 * four-digit year), as the UTC midnight of that day; null when the text is another shape or
 * the day does not exist. The strict shape keeps a rules file free of the ambiguities a
 * report cell may have (see parseVietnameseDate for those).
 *
 * @example
 * parseDeadline("15/01/2025") // 2025-01-15T00:00:00.000Z
 * parseDeadline("31/02/2025") // null
 * parseDeadline("15/1/2025") // null
 */
export function parseDeadline(text: string): Date | null {
  if (!DD_MM_YYYY.test(text)) return null;
  // date-fns parses in local time; the date's calendar fields are what carries over to UTC.
  const local = parse(text, "dd/MM/yyyy", new Date(2000, 0, 1));
  if (!isValid(local)) return null;
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}
