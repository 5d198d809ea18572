/**
 * A cell as the readers hand it to the core: the workbook file reader (xlsx bytes) and the
 * Excel adapter (Range values) both produce these plain values, so every check runs on one shape.
 *
 * - `n` number; `s` text (shared, inline or rich text flattened, or a formula's text result);
 * - `b` boolean; `e` an error value such as `#REF!`; `d` a date (a number cell with a date
 *   format, already converted from the workbook's 1900 or 1904 serial to a UTC midnight date);
 * - `f` a formula with no cached value (a freshly generated file never opened in Excel).
 * `formula` is set on any cell that holds a formula, whatever its cached value.
 */
export type Cell =
  | { readonly t: "n"; readonly v: number; readonly formula?: string }
  | { readonly t: "s"; readonly v: string; readonly formula?: string }
  | { readonly t: "b"; readonly v: boolean; readonly formula?: string }
  | { readonly t: "e"; readonly v: string; readonly formula?: string }
  | { readonly t: "d"; readonly v: Date; readonly formula?: string }
  | { readonly t: "f"; readonly formula: string };

/** One worksheet's cells, 0-based: `rows[r][c]` is the cell at row r+1, column c+1. Sparse. */
export interface SheetGrid {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
}

/** The sheets of one workbook that the form needs, with the names of all its sheets. */
export interface WorkbookGrid {
  /** Every sheet name in the workbook, in tab order. */
  readonly sheetNames: readonly string[];
  /** The sheets that were read (the readers may skip sheets the form does not use). */
  readonly sheets: readonly SheetGrid[];
}

/** The cell at 0-based (row, col), if any. */
export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}
