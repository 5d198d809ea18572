import type { CellFormulaValue } from "exceljs";
import type { TableCell, TableSheet } from "../excel/tableSheet";
import { columnLetters } from "../../core/grid/address";
import { fitColumnWidths, type FitColumnWidthsOptions } from "../excel/columnWidths";
import { setA4Print, type A4PrintOptions } from "../excel/pageSetup";
import { setText } from "../excel/setText";
import { cellStyle, LINE_STYLES, type CellKind, type Emphasis } from "./tableStyles";

/**
 * Writes text as text (never a formula or a number, see setText) in a table cell's style; an
 * absent text leaves the cell empty but styled, so the table's borders stay whole.
 */
export function putText(
  cell: TableCell,
  value: string | null | undefined,
  kind: CellKind = "text",
  emphasis: Emphasis = "body",
): void {
  if (value !== null && value !== undefined && value !== "") setText(cell, value);
  cell.style = cellStyle(kind, emphasis);
}

/** Writes a number in a table cell's format; `null` leaves the cell empty but styled. */
export function putNumber(
  cell: TableCell,
  value: number | null | undefined,
  kind: CellKind,
  emphasis: Emphasis = "body",
): void {
  if (value !== null && value !== undefined && Number.isFinite(value)) cell.value = value;
  cell.style = cellStyle(kind, emphasis);
}

/**
 * Writes a live formula with its computed value cached, so readers that do not recalculate
 * (a viewer, a script) see the figure while Excel keeps it live. A value of `""` is Excel's
 * empty text: the formula's answer when there is no rate.
 */
export function putFormula(
  cell: TableCell,
  formula: string,
  result: number | string,
  kind: CellKind,
  emphasis: Emphasis = "total",
): void {
  const value: CellFormulaValue = { formula, result, date1904: false };
  cell.value = value;
  cell.style = cellStyle(kind, emphasis);
}

/** Styles the empty cells of a row from `first` to `last`, so borders run the table's width. */
export function styleEmpty(
  sheet: TableSheet,
  row: number,
  first: number,
  last: number,
  emphasis: Emphasis = "body",
): void {
  const r = sheet.getRow(row);
  for (let c = first; c <= last; c++) {
    const cell = r.getCell(c);
    if (cell.value === null) cell.style = cellStyle("text", emphasis);
  }
}

/** A title centred across the first `lastColumn` columns. */
export function writeTitle(
  sheet: TableSheet,
  row: number,
  lastColumn: number,
  title: string,
): void {
  const cell = sheet.getCell(row, 1);
  setText(cell, title);
  cell.style = LINE_STYLES.title;
  if (lastColumn > 1) sheet.mergeCells(row, 1, row, lastColumn);
  sheet.getRow(row).height = 24;
}

/** A line of text in column A, spilling over the empty cells to its right. */
export function writeLine(
  sheet: TableSheet,
  row: number,
  line: string,
  style: keyof typeof LINE_STYLES = "note",
): void {
  const cell = sheet.getCell(row, 1);
  setText(cell, line);
  cell.style = LINE_STYLES[style];
}

/** A table's header row: one label per column from `firstColumn`. */
export function writeHeaderRow(
  sheet: TableSheet,
  row: number,
  labels: readonly string[],
  firstColumn = 1,
): void {
  const r = sheet.getRow(row);
  labels.forEach((label, i) => putText(r.getCell(firstColumn + i), label, "text", "header"));
}

/**
 * Merges a block whose top-left cell is already written and styled: ExcelJS gives the other
 * cells the top-left cell's style as it merges, so the borders close around the block. A
 * block of one cell is left alone.
 */
export function mergeStyled(
  sheet: TableSheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): void {
  if (top === bottom && left === right) return;
  sheet.mergeCells(top, left, bottom, right);
}

/** How a table sheet is finished: frozen panes, filter, widths and printing. */
export interface TableFinish {
  /** The header rows: frozen above the data, repeated on every printed page. */
  readonly headerRows: { readonly first: number; readonly last: number };
  /** Columns frozen at the left (and repeated on printed pages); default none. */
  readonly frozenColumns?: number;
  /** The filtered table: its header row (the last header row) down to its last data row. */
  readonly filter?: { readonly lastRow: number; readonly lastColumn: number };
  readonly widths?: FitColumnWidthsOptions;
  readonly pagesWide?: A4PrintOptions["pagesWide"];
}

/**
 * Freezes a table sheet's header rows (and columns), puts a filter on its table, fits its
 * column widths and prints it on A4 landscape with the header rows on every page.
 */
export function finishTable(sheet: TableSheet, finish: TableFinish): void {
  const { headerRows, filter } = finish;
  const frozenColumns = finish.frozenColumns ?? 0;
  sheet.views = [{ state: "frozen", xSplit: frozenColumns, ySplit: headerRows.last }];
  if (filter) {
    sheet.autoFilter = {
      from: { row: headerRows.last, column: 1 },
      to: { row: Math.max(filter.lastRow, headerRows.last), column: filter.lastColumn },
    };
  }
  fitColumnWidths(sheet, finish.widths);
  setA4Print(sheet, {
    orientation: "landscape",
    titleRows: headerRows,
    ...(frozenColumns > 0
      ? { titleColumns: { first: "A", last: columnLetter(frozenColumns) } }
      : {}),
    ...(finish.pagesWide === undefined ? {} : { pagesWide: finish.pagesWide }),
  });
}

/** The letters of a 1-based column (ExcelJS counts from 1, the core grid from 0). */
export function columnLetter(column: number): string {
  return columnLetters(column - 1);
}

/** An A1 range of one 1-based column between two rows: `E5:E60`. */
export function columnRange(column: number, firstRow: number, lastRow: number): string {
  const letters = columnLetter(column);
  return `${letters}${firstRow}:${letters}${lastRow}`;
}
