const DAY_MS = 86_400_000;
// Serial 61 is 1900-03-01; before it, Excel's 1900 system counts the 29 February 1900 that
// never was (kept from Lotus 1-2-3), so earlier days are one less than their distance.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const FIRST_AFTER_LEAP_BUG = 61;

/**
 * The 1900-system date serial of a date (its UTC day and time), the number Excel stores for a
 * date cell in a new workbook: the inverse of the reader's `serialToDate(serial, false)`.
 *
 * @example
 * dateToSerial(new Date(Date.UTC(2021, 0, 8))) // 44204
 * dateToSerial(new Date(Date.UTC(1900, 1, 28))) // 59
 */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - EPOCH_1900) / DAY_MS;
  return days >= FIRST_AFTER_LEAP_BUG ? days : days - 1;
}
