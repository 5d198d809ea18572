/**
 * Whether a unit was founded less than `months` months before the end of the period, so it is
 * not classified (DOMAIN.md, "CXL"). The period's last day counts in full: a unit founded on
 * 01/07/2024 has had six whole months (July to December) by 31/12/2024 and is classified, one
 * founded on 02/07/2024 has not. A month later than the founding date is the same day of the
 * month, or the month's last day when it is shorter (31/08 + 6 months = 28 or 29/02). A unit
 * founded after the period ended is too recent as well.
 *
 * Dates are read by their UTC calendar day, as the core keeps them (UTC midnight); computing
 * in UTC keeps the answer independent of the machine's time zone.
 *
 * @example
 * const end = new Date(Date.UTC(2024, 11, 31));
 * foundedTooRecently(new Date(Date.UTC(2024, 8, 1)), end, 6) // true  (01/09/2024)
 * foundedTooRecently(new Date(Date.UTC(2024, 6, 1)), end, 6) // false (01/07/2024)
 */
export function foundedTooRecently(founded: Date, periodEnd: Date, months: number): boolean {
  if (Number.isNaN(founded.getTime()) || Number.isNaN(periodEnd.getTime())) {
    throw new RangeError("foundedTooRecently: invalid date");
  }
  const year = founded.getUTCFullYear();
  const month = founded.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const anniversary = Date.UTC(year, month, Math.min(founded.getUTCDate(), lastDay));
  const dayAfterEnd = Date.UTC(
    periodEnd.getUTCFullYear(),
    periodEnd.getUTCMonth(),
    periodEnd.getUTCDate() + 1,
  );
  return anniversary > dayAfterEnd;
}
