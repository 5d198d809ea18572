import { zipSync } from "fflate";
import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import { fromA1, toA1 } from "../../core/grid/address";
import type { Lang } from "../../core/messages/format";
import { defaultReaderLimits, type ReaderLimits } from "../limits";
import { readWorkbook } from "../reader";
import { inflateEntry } from "../reader/inflateEntry";
import { ReaderFailure } from "../reader/readerFailure";
import { readZipDirectory } from "../reader/zipDirectory";

/** Options of {@link prepareCopy}. */
export interface PrepareCopyOptions {
  readonly limits?: Partial<ReaderLimits>;
  readonly lang?: Lang;
}

/**
 * A data validation is kept this many rows below the sheet's last used row (and
 * {@link SPARE_COLUMNS} columns right of its last used column) in a marked copy.
 */
export const SPARE_ROWS = 1000;
export const SPARE_COLUMNS = 50;
/** The most cells that merged blocks and data validations may cover, after clipping. */
export const MAX_COVERED_CELLS = 1_000_000;

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * Makes a submitted workbook safe to hand to ExcelJS, which reads every part of it and keeps
 * no limits of its own. The lean reader reads every sheet first, under the rules' limits (file
 * size, zip bombs, XML depth, rows and cells per sheet), and every other part is unpacked
 * against the same budget; a file refused there gives that finding. ExcelJS also turns a data
 * validation into one entry per cell it covers, so a validation over a whole column costs a
 * million entries (seconds and hundreds of megabytes): in the copy, each is clipped to
 * {@link SPARE_ROWS} rows below the sheet's last used row and {@link SPARE_COLUMNS} columns
 * right of its last used column, which keeps its effect where a unit types. Files that still
 * cover more than {@link MAX_COVERED_CELLS} cells with merges and validations are refused
 * (`annotate.too-many-cells`). The bytes come back unchanged when nothing was clipped.
 *
 * @example
 * const prepared = prepareCopy(bytes, "CD008.xlsx", { limits: readerLimitsOf(rules) });
 * if (prepared.ok) await workbook.xlsx.load(prepared.bytes);
 */
export function prepareCopy(
  bytes: Uint8Array,
  file: string,
  options: PrepareCopyOptions = {},
): { ok: true; bytes: Uint8Array } | { ok: false; finding: Finding } {
  const lang = options.lang ?? "vi";
  const read = readWorkbook(bytes, file, { limits: options.limits, lang });
  if (!read.ok) return { ok: false, finding: read.findings[0]! };
  try {
    const max = options.limits?.maxInflatedBytes ?? defaultReaderLimits.maxInflatedBytes;
    const budget = { used: 0, max };
    const parts: Record<string, Uint8Array> = {};
    let clipped = false;
    let covered = 0;
    for (const entry of readZipDirectory(bytes)) {
      if (entry.name.endsWith("/")) continue;
      const data = inflateEntry(bytes, entry, budget);
      parts[entry.name] = data;
      if (!/\.xml$/i.test(entry.name)) continue;
      const xml = utf8.decode(data);
      if (!xml.includes("<sheetData")) continue;
      const sheet = clipValidations(xml);
      covered += sheet.covered;
      if (sheet.xml !== xml) {
        parts[entry.name] = encoder.encode(sheet.xml);
        clipped = true;
      }
    }
    if (covered > MAX_COVERED_CELLS) {
      return {
        ok: false,
        finding: makeFinding("annotate.too-many-cells", { file }, { cells: covered }, lang),
      };
    }
    return { ok: true, bytes: clipped ? zipSync(parts) : bytes };
  } catch (error) {
    if (!(error instanceof ReaderFailure)) throw error;
    const where = { file, sheet: error.sheet };
    return { ok: false, finding: makeFinding(error.code, where, error.params, lang) };
  }
}

/**
 * A worksheet's XML with its data validations clipped to the used area plus the spare rows and
 * columns, and the cells its validations and merged blocks cover afterwards.
 */
function clipValidations(xml: string): { xml: string; covered: number } {
  let lastRow = 0;
  let lastCol = 0;
  for (const match of xml.matchAll(/<c\b[^>]*?\br="([A-Za-z]{1,3}\d{1,7})"/g)) {
    const at = fromA1(match[1]!);
    if (!at) continue;
    lastRow = Math.max(lastRow, at.row);
    lastCol = Math.max(lastCol, at.col);
  }
  // Cells may leave out their address (it is implied by their position): rows say it too.
  for (const match of xml.matchAll(/<row\b[^>]*?\br="(\d{1,7})"/g)) {
    lastRow = Math.max(lastRow, Number(match[1]) - 1);
  }
  let covered = 0;
  for (const match of xml.matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/g)) {
    covered += area(match[1]!);
  }
  const clippedXml = xml.replace(
    /(<dataValidation\b[^>]*?\bsqref=")([^"]*)(")/g,
    (_whole, open: string, sqref: string, close: string) => {
      const refs = sqref
        .trim()
        .split(/\s+/)
        .map((ref) => clipRange(ref, lastRow + SPARE_ROWS, lastCol + SPARE_COLUMNS));
      covered += refs.reduce((sum, ref) => sum + area(ref), 0);
      const clipped = refs.join(" ");
      return clipped === sqref.trim() ? `${open}${sqref}${close}` : `${open}${clipped}${close}`;
    },
  );
  return { xml: clippedXml, covered };
}

/** A range reaching past the last row or column (0-based) cut back to it; else as it was. */
function clipRange(ref: string, lastRow: number, lastCol: number): string {
  const [from, to] = ref.split(":");
  const start = fromA1(from ?? "");
  const end = to === undefined ? start : fromA1(to);
  if (!start || !end || (end.row <= lastRow && end.col <= lastCol)) return ref;
  const bottom = Math.max(start.row, Math.min(end.row, lastRow));
  const right = Math.max(start.col, Math.min(end.col, lastCol));
  return `${toA1(start.row, start.col)}:${toA1(bottom, right)}`;
}

/** How many cells an A1 range covers; 0 for what is not one. */
function area(ref: string): number {
  const [from, to] = ref.split(":");
  const start = fromA1(from ?? "");
  const end = to === undefined ? start : fromA1(to);
  if (!start || !end) return 0;
  return (Math.abs(end.row - start.row) + 1) * (Math.abs(end.col - start.col) + 1);
}
