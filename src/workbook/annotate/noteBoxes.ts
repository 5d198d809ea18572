import type { Cell, Worksheet } from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { displayWidth } from "../excel/columnWidths";

/** Where a note box sits: VML's `x:Anchor` text, and its size in pixels. */
export interface NoteBox {
  /** "LeftColumn, LeftOffset, TopRow, TopOffset, RightColumn, RightOffset, BottomRow, BottomOffset". */
  readonly anchor: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The note boxes of a workbook: per sheet (ExcelJS's worksheet id), per cell ("row,col", 0-based). */
export type NoteBoxes = ReadonlyMap<number, ReadonlyMap<string, NoteBox>>;

/** A note box's width in pixels: about 38 characters of the note font per line. */
export const NOTE_WIDTH_PX = 300;
const CHARS_PER_LINE = 38;
const LINE_HEIGHT_PX = 15;
const PADDING_PX = 12;
const MAX_HEIGHT_PX = 600;
// Excel's defaults: a column of 8.43 characters is 64 pixels, a row of 15 points 20 pixels.
const DEFAULT_COLUMN_CHARS = 8.43;
const DEFAULT_ROW_POINTS = 15;
// Never walk further than this many columns or rows to fit a box (hidden ones count 0 px).
const MAX_STEPS = 200;

/**
 * Where every note of a sheet should sit: one column right of its cell, from a row above it
 * (where Excel puts a new note), {@link NOTE_WIDTH_PX} wide and as tall as its text needs,
 * measured in the sheet's own column widths and row heights. ExcelJS writes every note, old or
 * new, in a fixed box two columns by four rows, which cuts off a finding's message and hint;
 * {@link sizeNoteBoxes} puts these boxes in instead.
 *
 * @example
 * noteBoxes(sheet).get("13,5")?.anchor // "6, 15, 12, 10, 10, 47, 19, 12" for a note on F14
 */
export function noteBoxes(sheet: Worksheet): Map<string, NoteBox> {
  const boxes = new Map<string, NoteBox>();
  // A note may sit on an empty cell (a value the unit left out): empty cells are visited too.
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const note = noteText(cell);
      if (note === null) return;
      const at = { row: rowNumber - 1, col: colNumber - 1 };
      boxes.set(`${at.row},${at.col}`, boxOf(sheet, at, note));
    });
  });
  return boxes;
}

/**
 * Puts the boxes into a workbook ExcelJS has just written: each note's anchor (which Excel
 * reads) and its size in points (which other spreadsheet programs read). Notes without a box
 * keep ExcelJS's.
 *
 * @example
 * const sized = sizeNoteBoxes(written, new Map([[sheet.id, noteBoxes(sheet)]]));
 */
export function sizeNoteBoxes(bytes: Uint8Array, boxes: NoteBoxes): Uint8Array {
  const parts = unzipSync(bytes);
  let changed = false;
  for (const [sheetId, byCell] of boxes) {
    const name = `xl/drawings/vmlDrawing${sheetId}.vml`;
    const part = parts[name];
    if (!part || byCell.size === 0) continue;
    const vml = strFromU8(part);
    const sized = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
      const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
      const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
      const box = byCell.get(`${row},${col}`);
      if (box === undefined) return shape;
      const size = `width:${pt(box.widthPx)}pt;height:${pt(box.heightPx)}pt`;
      return shape
        .replace(/<x:Anchor>[^<]*<\/x:Anchor>/, `<x:Anchor>${box.anchor}</x:Anchor>`)
        .replace(/width:[\d.]+pt;\s*height:[\d.]+pt/, size);
    });
    if (sized !== vml) {
      parts[name] = strToU8(sized);
      changed = true;
    }
  }
  return changed ? zipSync(parts) : bytes;
}

/** The plain text of a cell's note, or null when it has none. */
function noteText(cell: Cell): string | null {
  const note = cell.note as Cell["note"] | undefined | null;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

/** The box of a note on the cell at 0-based (row, col). */
function boxOf(sheet: Worksheet, cell: { row: number; col: number }, note: string): NoteBox {
  const lines = note
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / CHARS_PER_LINE)), 0);
  const heightPx = Math.min(MAX_HEIGHT_PX, lines * LINE_HEIGHT_PX + PADDING_PX);
  const left = { index: cell.col + 1, offset: 15 };
  const top = { index: Math.max(cell.row - 1, 0), offset: 10 };
  const right = walk(left, NOTE_WIDTH_PX, (c) => columnPx(sheet, c));
  const bottom = walk(top, heightPx, (r) => rowPx(sheet, r));
  const anchor = [left, top, right, bottom].map((p) => `${p.index}, ${p.offset}`).join(", ");
  return { anchor, widthPx: NOTE_WIDTH_PX, heightPx };
}

/**
 * The column (or row) and pixel offset that lie `length` pixels after a start, given each
 * column's (row's) size in pixels; indexes are 0-based.
 */
function walk(
  start: { index: number; offset: number },
  length: number,
  sizeOf: (index: number) => number,
): { index: number; offset: number } {
  let index = start.index;
  let remaining = length + start.offset;
  for (let step = 0; step < MAX_STEPS; step++) {
    const size = sizeOf(index);
    if (remaining < size) return { index, offset: Math.round(remaining) };
    remaining -= size;
    index++;
  }
  return { index, offset: 0 };
}

/** A 0-based column's width in pixels, as Excel draws it (0 when hidden). */
function columnPx(sheet: Worksheet, index: number): number {
  const column = sheet.getColumn(index + 1);
  if (column.hidden) return 0;
  const chars = column.width ?? sheet.properties.defaultColWidth ?? DEFAULT_COLUMN_CHARS;
  return Math.trunc(chars * 7 + 5);
}

/** A 0-based row's height in pixels (0 when hidden). */
function rowPx(sheet: Worksheet, index: number): number {
  const row = sheet.findRow(index + 1);
  if (row?.hidden) return 0;
  const points = row?.height ?? sheet.properties.defaultRowHeight ?? DEFAULT_ROW_POINTS;
  return Math.round((points * 4) / 3);
}

function pt(px: number): string {
  return (px * 0.75).toFixed(1);
}
