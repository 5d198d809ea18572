const DAY_MS = 86_400_000;
// Excel's 1900 system counts 1900-02-29, a day that never was (kept from Lotus 1-2-3), as
// serial 60: serials from 61 on count from 1899-12-30, those before it from 1899-12-31.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_MARCH = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
// 9999-12-31, the last day Excel shows, in each system.
const LAST_SERIAL_1900 = 2_958_465;
const LAST_SERIAL_1904 = 2_957_003;

/**
 * The date (UTC) of a date serial in the workbook's date system; a whole serial gives UTC
 * midnight, a fraction the time of day (to the millisecond). Null for a serial that Excel
 * itself cannot show as a date (negative, past 9999, not a number).
 *
 * @example
 * serialToDate(44204, false) // 2021-01-08T00:00:00.000Z
 * serialToDate(42742, true) // 2021-01-08T00:00:00.000Z
 * serialToDate(59, false) // 1900-02-28T00:00:00.000Z
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  const last = date1904 ? LAST_SERIAL_1904 : LAST_SERIAL_1900;
  if (!Number.isFinite(serial) || serial < 0 || serial >= last + 1) return null;
  const epoch = date1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900_BEFORE_MARCH : EPOCH_1900;
  return new Date(epoch + Math.round(serial * DAY_MS));
}
