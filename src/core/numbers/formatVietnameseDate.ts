/**
 * Writes a date day first, as Vietnamese documents do: dd/MM/yyyy, from the date's UTC
 * fields (the core keeps dates at UTC midnight). An invalid date is a programming error.
 *
 * @example
 * formatVietnameseDate(new Date(Date.UTC(2021, 0, 8))) // "08/01/2021"
 */
export function formatVietnameseDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("cannot format an invalid date");
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${String(date.getUTCFullYear()).padStart(4, "0")}`;
}
