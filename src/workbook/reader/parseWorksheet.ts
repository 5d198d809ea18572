import type { Cell, SheetGrid } from "../../core/grid/cell";
import type { ReaderLimits } from "../limits";
import { damaged, ReaderFailure } from "./readerFailure";
import { readStringItem } from "./readStringItem";
import { serialToDate } from "./serialToDate";
import { shiftFormula } from "./shiftFormula";
import { XmlScanner } from "./xmlScanner";
import { decodeEscapedText } from "./xmlText";

/** What a worksheet's cells refer to elsewhere in the workbook. */
export interface WorksheetContext {
  readonly sheetName: string;
  /** The worksheet's part, for the findings. */
  readonly part: string;
  readonly sharedStrings: readonly string[];
  /** By cell format index (a cell's `s`): whether its number shows as a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: ReaderLimits;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const CELL_ATTRIBUTES = ["r", "t", "s"] as const;

interface SharedFormula {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/**
 * Reads a worksheet part into a grid of cells. Cells and rows may omit their address (each
 * then follows the previous one); empty cells that only carry a style are left out. A formula
 * keeps its text (without "="); with no cached value it is a cell of its own (`t: "f"`).
 * A number whose cell format shows a date becomes a date in the workbook's date system, and
 * so does an ISO date cell (`t="d"`). A value Excel would not have written (a number that is
 * not one, an unreadable date) is kept as text, so that the checks report it at its cell.
 *
 * Refused: a value past `maxRows` (reading stops there), more than `maxCellsPerSheet` values,
 * a text past `maxStringLength`, an address off the sheet or a shared string that does not
 * exist (damaged).
 *
 * @example
 * parseWorksheet('<worksheet><sheetData><row r="14"><c r="F14"><v>216.8</v></c></row></sheetData></worksheet>',
 *   context).rows[13][5] // { t: "n", v: 216.8 }
 */
export function parseWorksheet(xml: string, context: WorksheetContext): SheetGrid {
  const { limits, part, sheetName } = context;
  const scanner = new XmlScanner(xml, part, limits.maxXmlDepth);
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const sharedFormulas = new Map<string, SharedFormula>();
  let dataDepth = -1;
  let row = -1;
  let col = -1;
  let cellCount = 0;
  const cellAttributes: Array<string | undefined> = [undefined, undefined, undefined];
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    if (token === "text") continue;
    if (dataDepth === -1) {
      if (token === "open" && scanner.is("sheetData")) dataDepth = scanner.depth;
      continue;
    }
    if (token === "close") {
      if (scanner.depth < dataDepth) dataDepth = -1;
      continue;
    }
    if (scanner.is("row")) {
      const r = scanner.attr("r");
      row = r === undefined ? row + 1 : positiveInteger(r) - 1;
      col = -1;
      if (row < 0 || row >= MAX_ROWS) throw damaged(part);
      continue;
    }
    if (!scanner.is("c")) continue;

    scanner.attrs(CELL_ATTRIBUTES, cellAttributes);
    const ref = cellAttributes[0];
    const type = cellAttributes[1];
    const style = cellAttributes[2];
    let cellRow = row;
    if (ref === undefined) col++;
    else {
      const at = parseCellRef(ref);
      if (at === -1) throw damaged(part);
      cellRow = Math.floor(at / MAX_COLS);
      col = at % MAX_COLS;
    }
    if (cellRow < 0 || col >= MAX_COLS) throw damaged(part);
    if (token === "empty") continue;
    const cell = readCell(scanner, type, style, context, cellRow, col, sharedFormulas);
    if (cell === undefined) continue;

    if (cellRow >= limits.maxRows) {
      throw new ReaderFailure(
        "file.sheet-too-long",
        { row: cellRow + 1, limit: limits.maxRows },
        sheetName,
      );
    }
    if (++cellCount > limits.maxCellsPerSheet) {
      throw new ReaderFailure(
        "file.sheet-too-many-cells",
        { limit: limits.maxCellsPerSheet },
        sheetName,
      );
    }
    (rows[cellRow] ??= [])[col] = cell;
  }
  return { name: sheetName, rows };
}

// The scanner stands on a cell's start tag; reads its children up to its end tag.
function readCell(
  scanner: XmlScanner,
  type: string | undefined,
  style: string | undefined,
  context: WorksheetContext,
  row: number,
  col: number,
  sharedFormulas: Map<string, SharedFormula>,
): Cell | undefined {
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  const outer = scanner.depth - 1;
  for (let child = scanner.next(); ; child = scanner.next()) {
    if (child === "close" && scanner.depth === outer) break;
    if (child !== "open" && child !== "empty") continue;
    if (scanner.is("v")) value = scanner.readText();
    else if (scanner.is("f")) formula = readFormula(scanner, row, col, sharedFormulas);
    else if (scanner.is("is")) inline = readStringItem(scanner, context.limits.maxStringLength);
    else if (child === "open") scanner.skipElement();
  }
  const cell = cellValue(type, style, value, inline, context);
  if (cell === undefined) return formula === undefined ? undefined : { t: "f", formula };
  return formula === undefined ? cell : { ...cell, formula };
}

function readFormula(
  scanner: XmlScanner,
  row: number,
  col: number,
  sharedFormulas: Map<string, SharedFormula>,
): string {
  const shared = scanner.attr("t") === "shared" ? scanner.attr("si") : undefined;
  const text = scanner.readText();
  if (shared === undefined) return text;
  if (text !== "") {
    sharedFormulas.set(shared, { formula: text, row, col });
    return text;
  }
  const master = sharedFormulas.get(shared);
  return master ? shiftFormula(master.formula, row - master.row, col - master.col) : "";
}

function cellValue(
  type: string | undefined,
  style: string | undefined,
  value: string | undefined,
  inline: string | undefined,
  context: WorksheetContext,
): Exclude<Cell, { t: "f" }> | undefined {
  switch (type) {
    case "inlineStr":
      if (inline !== undefined) return { t: "s", v: inline };
      return value === undefined ? undefined : text(value, context);
    case "str":
      return value === undefined ? undefined : text(value, context);
    case "s": {
      if (value === undefined) return undefined;
      let index = positiveInteger(value, 0);
      if (index === -1) {
        if (value.trim() === "") return undefined;
        index = positiveInteger(value.trim(), 0);
      }
      const shared = context.sharedStrings[index];
      if (shared === undefined) throw damaged(context.part);
      return { t: "s", v: shared };
    }
    default:
      break;
  }
  if (value === undefined) return undefined;
  if (type === undefined || type === "n") return numberValue(value, style, context);
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  switch (type) {
    case "b":
      if (trimmed === "1" || trimmed === "true") return { t: "b", v: true };
      if (trimmed === "0" || trimmed === "false") return { t: "b", v: false };
      return text(value, context);
    case "e":
      return { t: "e", v: trimmed };
    case "d":
      return isoDate(trimmed) ?? text(value, context);
    default:
      return text(value, context);
  }
}

function numberValue(
  value: string,
  style: string | undefined,
  context: WorksheetContext,
): { t: "n"; v: number } | { t: "d"; v: Date } | { t: "s"; v: string } | undefined {
  // Number() ignores surrounding whitespace and reads "" and "  " as 0: those are no value.
  // Most values are small whole numbers, read here without it.
  let number = positiveInteger(value, 0);
  if (number === -1) number = Number(value);
  if (number === 0 && value.trim() === "") return undefined;
  if (!Number.isFinite(number)) return text(value, context);
  if (style !== undefined && context.dateStyles[positiveInteger(style, 0)] === true) {
    const date = serialToDate(number, context.date1904);
    if (date) return { t: "d", v: date };
  }
  return { t: "n", v: number };
}

function text(value: string, context: WorksheetContext): { t: "s"; v: string } {
  const decoded = decodeEscapedText(value);
  if (decoded.length > context.limits.maxStringLength) {
    throw new ReaderFailure("file.string-too-long", {
      part: context.part,
      limit: context.limits.maxStringLength,
    });
  }
  return { t: "s", v: decoded };
}

function isoDate(value: string): { t: "d"; v: Date } | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  // A date-time without a zone would be read in the local zone of whoever runs the reader.
  const time = Date.parse(value.length > 10 && match[1] === undefined ? `${value}Z` : value);
  return Number.isNaN(time) ? undefined : { t: "d", v: new Date(time) };
}

// Digits only (no sign, no exponent, no spaces); -1 otherwise, or `lowest - 1` when given.
function positiveInteger(text: string, lowest = 1): number {
  let n = 0;
  if (text.length === 0 || text.length > 9) return lowest - 1;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return lowest - 1;
    n = n * 10 + digit;
  }
  return n < lowest ? lowest - 1 : n;
}

// "F14" → row * 16384 + col (0-based), or -1. Absolute markers are not allowed in a cell's own
// address.
function parseCellRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || col > MAX_COLS || i === ref.length || ref.length - i > 7) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  if (row < 1 || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}
