// Built-in formats (ECMA-376 Part 1, 18.8.30) that show a date or a time of day: 14–22 and
// 45, 47, and the East Asian built-ins 27–36 and 50–58. 46 is `[h]:mm:ss`, a duration.
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52,
  53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a cell with this number format shows its number as a date (or a time): a built-in
 * date format, or a custom format code with day, month, year, hour or second tokens outside
 * quoted text, `\` escapes, `_`/`*` fillers and `[...]` sections (colours, conditions,
 * locales such as `[$-42A]`). A format that counts elapsed time (`[h]:mm`) without any day or
 * year is a duration, not a date.
 *
 * @example
 * isDateFormat(14) // true
 * isDateFormat(164, "[$-42A]dd/mm/yyyy") // true
 * isDateFormat(165, '#,##0 "ngày"') // false
 * isDateFormat(166, "[h]:mm") // false
 */
export function isDateFormat(numFmtId: number, formatCode?: string): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_FORMATS.has(numFmtId);
  return isDateFormatCode(formatCode);
}

function isDateFormatCode(code: string): boolean {
  let dayOrYear = false;
  let dateOrTime = false;
  let elapsed = false;
  // Only the first section (positive numbers) decides how a date serial shows.
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === ";") break;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close === -1 ? code.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      const inside = code.slice(i + 1, close === -1 ? code.length : close);
      if (/^(h+|m+|s+)$/i.test(inside)) elapsed = true;
      i = close === -1 ? code.length : close;
    } else if (/^general/i.test(code.slice(i, i + 7))) {
      i += 6;
    } else {
      const lower = ch.toLowerCase();
      if (lower === "d" || lower === "y") dayOrYear = dateOrTime = true;
      else if (lower === "m" || lower === "h" || lower === "s") dateOrTime = true;
    }
  }
  return dayOrYear || (dateOrTime && !elapsed);
}
