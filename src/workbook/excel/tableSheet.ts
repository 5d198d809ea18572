import type { AutoFilter, CellValue, PageSetup, Style, WorksheetView } from "exceljs";

/** A cell as the table writers use it: ExcelJS's own Cell, or a {@link LeanSheet}'s. */
export interface TableCell {
  value: CellValue;
  style: Partial<Style>;
  /** The style's number format (ExcelJS types it as a string; it is undefined when unset). */
  readonly numFmt: string;
  /** Part of a merged block, its top-left cell included. */
  readonly isMerged: boolean;
  /** Its A1 address. */
  readonly address: string;
  /** Its value as text, as ExcelJS gives it ("" for none, a formula's result). */
  readonly text: string;
}

/** A row as the table writers use it. */
export interface TableRow {
  getCell(column: number): TableCell;
  height: number | undefined;
  eachCell(
    options: { includeEmpty: boolean },
    callback: (cell: TableCell, column: number) => void,
  ): void;
}

/**
 * The part of ExcelJS's Worksheet that the result sheets are written through (1-based rows and
 * columns): cells with values, styles and merges, column widths, frozen panes, a filter and
 * the page setup. ExcelJS's Worksheet is one; the output workbook's sheets are written into a
 * {@link LeanSheet}, which keeps cells without ExcelJS's objects for them.
 */
export interface TableSheet {
  /** By row and column, or by A1 address. */
  getCell(row: number | string, column?: number): TableCell;
  getRow(row: number): TableRow;
  getColumn(column: number): { width?: number };
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  eachRow(
    options: { includeEmpty: boolean },
    callback: (row: TableRow, rowNumber: number) => void,
  ): void;
  views: Array<Partial<WorksheetView>>;
  autoFilter?: AutoFilter;
  pageSetup: Partial<PageSetup>;
}
