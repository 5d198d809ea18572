/** A value of a result sheet's cell, as the writers hold it; null leaves the cell empty. */
export type ResultValue = string | number | boolean | null;

/**
 * One result sheet as plain arrays, for writing into the open workbook through the Excel API
 * when the workbook's own file cannot be inserted (see `insertWorkbookSheets`).
 *
 * Every text value is written as text, never read as a formula or a number, whatever it looks
 * like (DOMAIN.md: text from a submission is data): its cell gets the number format "@"
 * before the value.
 *
 * @example
 * const sheet: ResultSheetData = {
 *   name: "Xếp loại",
 *   rows: [["Mã đơn vị", "Điểm"], ["CD001", 92.5]],
 *   textColumns: [0],
 *   numberFormats: { 1: "0.00" },
 *   freezeRows: 1,
 *   columnWidths: [14, 10],
 * };
 */
export interface ResultSheetData {
  readonly name: string;
  /** `rows[r][c]` is the value of the cell at row r+1, column c+1. */
  readonly rows: ReadonlyArray<ReadonlyArray<ResultValue>>;
  /**
   * What to enter in cells that are not plain values, at the same positions: a formula
   * ("=SUM(B2:B9)") or an error value ("#DIV/0!"); null where `rows` holds the value.
   */
  readonly formulas?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** Columns (0-based) of text: their empty cells are formatted as text too, for later typing. */
  readonly textColumns?: readonly number[];
  /** Number formats by column (0-based), for the column's numbers and formulas. */
  readonly numberFormats?: Readonly<Record<number, string>>;
  /** How many top rows stay in view when scrolling. */
  readonly freezeRows?: number;
  /** Column widths in characters, as Excel's column width dialog and ExcelJS count them. */
  readonly columnWidths?: readonly number[];
}
