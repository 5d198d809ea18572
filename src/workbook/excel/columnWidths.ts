import type { CellValue } from "exceljs";
import type { TableSheet } from "./tableSheet";

// East Asian wide and full-width characters take two character cells in Excel's default font.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

// Anything that can make a text's width differ from its length: line breaks, combining marks,
// characters beyond the BMP, Hangul jamo, and the wide ranges above.
const NOT_PLAIN =
  /[\n\r\p{M}\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\0-\uffff]/u;

/** Options of {@link fitColumnWidths}. */
export interface FitColumnWidthsOptions {
  /** Narrowest width in characters; default 6. */
  readonly min?: number;
  /** Widest width in characters (longer text wraps or is cut off); default 60. */
  readonly max?: number;
  /** Characters added for the cell's margins and a filter button; default 2. */
  readonly padding?: number;
  /** Rows (1-based) not measured, e.g. a title row that spans the table. */
  readonly skipRows?: readonly number[];
}

/**
 * The width of a text in Excel character units: its longest line, counted in characters
 * as displayed (Vietnamese letters written with combining marks count once; wide East
 * Asian characters count twice).
 *
 * @example
 * displayWidth("Tên công đoàn cơ sở") // 19
 * displayWidth("dòng 1\ndòng dài hơn") // 12
 */
export function displayWidth(text: string): number {
  // Most cells (names, codes, precomposed Vietnamese) have one line of characters one cell
  // wide each: their length is their width, without normalizing or a test per character.
  if (!NOT_PLAIN.test(text)) return text.length;
  let widest = 0;
  for (const line of text.normalize("NFC").split(/\r?\n/)) {
    let width = 0;
    for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

/**
 * Sets every used column's width to fit its longest value, within [min, max]. Cells merged
 * across columns are not measured (their text spans several columns), nor are skipped rows.
 *
 * @example
 * fitColumnWidths(sheet, { min: 8, max: 50, skipRows: [1] });
 */
export function fitColumnWidths(sheet: TableSheet, options: FitColumnWidthsOptions = {}): void {
  const min = options.min ?? 6;
  const max = options.max ?? 60;
  const padding = options.padding ?? 2;
  const skip = new Set(options.skipRows ?? []);
  // A column this wide already gets `max`; no later cell can change it.
  const enough = max - padding;
  const widest = new Map<number, number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (skip.has(rowNumber)) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const sofar = widest.get(colNumber) ?? 0;
      if (sofar >= enough) return;
      const { value } = cell;
      // A text is at most twice its length wide (wide East Asian characters): most texts of a
      // long column need no measuring.
      if (typeof value === "string" && sofar > 0 && 2 * value.length <= sofar) return;
      if (cell.isMerged) return;
      const width = valueWidth(value, cell.numFmt);
      if (width > sofar || !widest.has(colNumber)) widest.set(colNumber, width);
    });
  });
  for (const [colNumber, width] of widest) {
    sheet.getColumn(colNumber).width = Math.min(max, Math.max(min, width + padding));
  }
}

function valueWidth(value: CellValue, numFmt: string | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") return displayWidth(value);
  if (typeof value === "number") return numberWidth(value, numFmt);
  if (typeof value === "boolean") return value ? 4 : 5;
  // A day written dd/mm/yyyy.
  if (value instanceof Date) return 10;
  if ("richText" in value) return displayWidth(value.richText.map((run) => run.text).join(""));
  if ("error" in value) return value.error.length;
  if ("text" in value && typeof value.text === "string") return displayWidth(value.text);
  if ("result" in value) return valueWidth((value.result ?? null) as CellValue, numFmt);
  return 0;
}

function numberWidth(value: number, numFmt: string | undefined): number {
  const digits = Math.round(Math.abs(value)).toString().length;
  const groups = numFmt?.includes("#,##") ? Math.floor((digits - 1) / 3) : 0;
  const decimals = decimalsOf(numFmt ?? "") ?? (Number.isInteger(value) ? 0 : 2);
  return (value < 0 ? 1 : 0) + digits + groups + (decimals > 0 ? decimals + 1 : 0);
}

// A sheet has a handful of number formats and thousands of numbers: each format is read once.
const DECIMALS = new Map<string, number | undefined>();

function decimalsOf(numFmt: string): number | undefined {
  if (DECIMALS.has(numFmt)) return DECIMALS.get(numFmt);
  const decimals = /0\.(0+)/.exec(numFmt)?.[1]?.length;
  if (DECIMALS.size < 256) DECIMALS.set(numFmt, decimals);
  return decimals;
}
