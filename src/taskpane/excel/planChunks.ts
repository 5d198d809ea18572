import type { ResultSheetData, ResultValue } from "./resultSheetData";
import { utf8Length } from "./utf8Length";

/** Text: the number format that keeps a value exactly as written. */
export const TEXT_FORMAT = "@";

// What a queued write costs beyond its arrays (the operation, the range, the JSON framing).
const WRITE_OVERHEAD = 256;

/**
 * One block of rows of a sheet, ready to queue: the number formats to set first (null where a
 * cell keeps its format; absent when no cell needs one) and the values to set after them,
 * through `formulas` when the block holds a formula or an error value.
 */
export interface SheetChunk {
  /** The block's first row, 0-based. */
  readonly row: number;
  readonly rows: number;
  readonly cols: number;
  readonly numberFormat: (string | null)[][] | null;
  readonly values: ResultValue[][];
  readonly viaFormulas: boolean;
  /** The request bytes the block costs, estimated from its JSON in UTF-8. */
  readonly bytes: number;
}

export interface ChunkLimits {
  /** The request bytes a block may cost; a single row that costs more is a block of its own. */
  readonly budgetBytes: number;
  /** At most this many cells in a block. */
  readonly maxCells?: number;
}

interface PlannedRow {
  readonly values: ResultValue[];
  readonly formats: (string | null)[];
  readonly hasFormula: boolean;
  readonly bytes: number;
}

/**
 * Cuts a sheet into blocks of whole rows that each fit the request budget, and works out each
 * cell's number format: text "@" for every text value (Excel reads typed text, so "=x", "+84…",
 * "-5", "001" and "TRUE" would otherwise become formulas, numbers or booleans) and for the
 * empty cells of text columns; the column's format for numbers, formulas and other empty
 * cells; nothing where there is nothing to set.
 *
 * @example
 * planChunks({ name: "S", rows: [["=x", 1]] }, { budgetBytes: 1_000_000 })[0]
 * // { row: 0, rows: 1, cols: 2, numberFormat: [["@", null]], values: [["=x", 1]], viaFormulas: false, ... }
 */
export function planChunks(sheet: ResultSheetData, limits: ChunkLimits): SheetChunk[] {
  const height = Math.max(sheet.rows.length, sheet.formulas?.length ?? 0);
  let width = 0;
  for (let r = 0; r < height; r++) {
    width = Math.max(width, sheet.rows[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
  }
  if (height === 0 || width === 0) return [];

  const textColumns = new Set(sheet.textColumns ?? []);
  const maxCells = limits.maxCells ?? Infinity;
  const chunks: SheetChunk[] = [];
  let block: PlannedRow[] = [];
  let blockBytes = WRITE_OVERHEAD;
  let start = 0;
  const close = () => {
    if (block.length > 0) chunks.push(toChunk(start, width, block, blockBytes));
    start += block.length;
    block = [];
    blockBytes = WRITE_OVERHEAD;
  };
  for (let r = 0; r < height; r++) {
    const planned = planRow(sheet, r, width, textColumns);
    const fits =
      blockBytes + planned.bytes <= limits.budgetBytes && (block.length + 1) * width <= maxCells;
    if (!fits) close();
    block.push(planned);
    blockBytes += planned.bytes;
  }
  close();
  return chunks;
}

function planRow(
  sheet: ResultSheetData,
  r: number,
  width: number,
  textColumns: ReadonlySet<number>,
): PlannedRow {
  const values: ResultValue[] = [];
  const formats: (string | null)[] = [];
  let hasFormula = false;
  for (let c = 0; c < width; c++) {
    const formula = sheet.formulas?.[r]?.[c];
    const value = sheet.rows[r]?.[c] ?? null;
    const columnFormat = sheet.numberFormats?.[c] ?? null;
    const numeric = columnFormat === TEXT_FORMAT ? null : columnFormat;
    if (typeof formula === "string" && formula !== "") {
      hasFormula = true;
      values.push(formula);
      // A formula entered into a cell formatted as text would stay text.
      formats.push(numeric);
    } else if (typeof value === "string") {
      values.push(value);
      formats.push(TEXT_FORMAT);
    } else if (value === null) {
      values.push(null);
      formats.push(textColumns.has(c) ? TEXT_FORMAT : columnFormat);
    } else {
      values.push(value);
      formats.push(numeric);
    }
  }
  // Commas and brackets of the row in each array, and the number formats counted even when
  // the block will send none: the estimate may only err on the large side.
  const bytes = utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats)) + 2;
  return { values, formats, hasFormula, bytes };
}

function toChunk(
  row: number,
  cols: number,
  block: readonly PlannedRow[],
  bytes: number,
): SheetChunk {
  const anyFormat = block.some((planned) => planned.formats.some((format) => format !== null));
  return {
    row,
    rows: block.length,
    cols,
    numberFormat: anyFormat ? block.map((planned) => planned.formats) : null,
    values: block.map((planned) => planned.values),
    viaFormulas: block.some((planned) => planned.hasFormula),
    bytes,
  };
}
