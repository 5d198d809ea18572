import { normalizeLabel } from "../../core/text/normalizeLabel";

/** The sheet the pane keeps the rules in: the JSON of `rulesToJson`, one line per row in column A. */
export const RULES_SHEET = "CauHinh";

/**
 * Whether a sheet may hold the rules: `CauHinh`, or the result workbook's `Cấu hình` (the same
 * name once case, diacritics and spaces are set aside).
 *
 * @example
 * isRulesSheetName("Cấu hình") // true
 * isRulesSheetName("Tổng hợp") // false
 */
export function isRulesSheetName(name: string): boolean {
  return normalizeLabel(name).replace(/ /g, "") === normalizeLabel(RULES_SHEET);
}

/**
 * The rules' JSON from the lines of column A: from the first line that opens an object, so a
 * title and a note above the JSON (the result workbook's `Cấu hình` has both) are skipped.
 * Null when no line does.
 *
 * @example
 * jsonFromLines(["Cấu hình", "", "{", '  "version": 1', "}"]) // '{\n  "version": 1\n}'
 */
export function jsonFromLines(lines: readonly string[]): string | null {
  const start = lines.findIndex((line) => line.trimStart().startsWith("{"));
  if (start < 0) return null;
  return lines.slice(start).join("\n").replace(/\s+$/, "");
}
