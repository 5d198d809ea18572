/**
 * How much of a submitted workbook the reader accepts. A report is a few hundred rows in a
 * few sheets (tens of kilobytes); these bounds sit far above that and far below what would
 * exhaust the memory of a browser tab or a worker, so a hostile or broken file is refused
 * before it can cost much.
 */
export interface ReaderLimits {
  /** The file itself, checked before anything is unpacked. */
  readonly maxFileBytes: number;
  /** All parts unpacked from one file together, counted on the actual output while inflating. */
  readonly maxInflatedBytes: number;
  /** Element nesting in any XML part (Excel's own parts stay under 15). */
  readonly maxXmlDepth: number;
  /** The last row holding a value in a sheet that is read. */
  readonly maxRows: number;
  /** Cells holding a value in one sheet that is read. */
  readonly maxCellsPerSheet: number;
  /** One text value, in characters (Excel's own limit for a cell is 32,767). */
  readonly maxStringLength: number;
}

const MB = 1024 * 1024;

export const defaultReaderLimits: ReaderLimits = {
  maxFileBytes: 20 * MB,
  maxInflatedBytes: 100 * MB,
  maxXmlDepth: 64,
  maxRows: 20_000,
  maxCellsPerSheet: 500_000,
  maxStringLength: 32_767,
};
