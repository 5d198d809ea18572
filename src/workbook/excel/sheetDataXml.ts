import { ValueType } from "./valueType";
import { Utf8Builder } from "./utf8Builder";
import { xmlEncode as encode } from "./xmlEncode";

/**
 * The `<sheetData>` element of a worksheet, written straight from ExcelJS's prepared model of
 * its rows, as ExcelJS 4.4's own RowXform and CellXform write it, character for character.
 * ExcelJS builds it through its XmlStream, several small strings per cell joined at the end:
 * writing the result of 5,000 units took 1.6 s that way and 1.17 s this way, with a heap of
 * 249 MiB against 184 (bench/writer.bench.mjs; 270 ms against 183 for 1,000). Only what our
 * sheets hold is written here (numbers, text, dates, yes/no, formulas that are not shared,
 * merged and styled empty cells); for anything else the answer is null, and the sheet is left
 * to ExcelJS.
 */

/** ExcelJS's model of a row once `prepareModel` has given its cells their style and string ids. */
export interface PreparedRow {
  readonly number: number;
  readonly cells: readonly PreparedCell[];
  readonly height?: number;
  readonly hidden?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly styleId?: number;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
}

/** ExcelJS's model of a cell once prepared (lib/xlsx/xform/sheet/cell-xform.js). */
export interface PreparedCell {
  readonly address: string;
  readonly type: number;
  readonly value?: unknown;
  readonly styleId?: number;
  readonly ssId?: number;
  readonly formula?: string;
  readonly result?: unknown;
  readonly shareType?: string;
  readonly si?: number;
  readonly date1904?: boolean;
}

const { Null: NULL, Merge: MERGE, Number: NUMBER, String: STRING, Date: DATE } = ValueType;
const { Formula: FORMULA, RichText: RICH_TEXT, Boolean: BOOLEAN } = ValueType;

/** Declines a cell this writer does not write as ExcelJS would. */
class Unsupported extends Error {}

/**
 * The rows as ExcelJS writes them, in UTF-8 (`<sheetData/>` for none), or null when some cell
 * is of a kind left to ExcelJS (hyperlinks, errors, rich text not in the shared strings, shared
 * formulas).
 */
export function sheetDataXml(rows: readonly PreparedRow[]): Uint8Array | null {
  const out = new SheetDataWriter();
  try {
    for (const row of rows) out.row(row);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return out.bytes();
}

/**
 * A `<sheetData>` element written a row at a time, as {@link sheetDataXml} writes it: each
 * row's XML is encoded at once, so that no sheet-long string is kept alive (Utf8Builder).
 */
export class SheetDataWriter {
  private readonly xml = new Utf8Builder();
  private rows = 0;

  /** Appends a row; throws for a cell of a kind left to ExcelJS. */
  row(row: PreparedRow): void {
    const written = rowXml(row);
    if (this.rows++ === 0) this.xml.append("<sheetData>");
    this.xml.append(written);
  }

  /** The element, closed (`<sheetData/>` when no row was appended). */
  bytes(): Uint8Array {
    this.xml.append(this.rows === 0 ? "<sheetData/>" : "</sheetData>");
    return this.xml.bytes();
  }
}

/** One row as ExcelJS writes it; throws for a cell of a kind left to ExcelJS. */
function rowXml(row: PreparedRow): string {
  let open = `<row r="${row.number}"`;
  if (row.height) open += ` ht="${encode(String(row.height))}" customHeight="1"`;
  if (row.hidden) open += ` hidden="1"`;
  if (row.min !== undefined && row.max !== undefined && row.min > 0 && row.max > 0) {
    if (row.min <= row.max) open += ` spans="${row.min}:${row.max}"`;
  }
  if (row.styleId) open += ` s="${row.styleId}" customFormat="1"`;
  open += ` x14ac:dyDescent="0.25"`;
  if (row.outlineLevel) open += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) open += ` collapsed="1"`;
  let cells = "";
  for (const cell of row.cells) cells += cellXml(cell);
  return cells === "" ? `${open}/>` : `${open}>${cells}</row>`;
}

function cellXml(cell: PreparedCell): string {
  if (cell.type === NULL && !cell.styleId) return "";
  let open = `<c r="${encode(cell.address)}"`;
  if (cell.styleId) open += ` s="${cell.styleId}"`;
  switch (cell.type) {
    case NULL:
    case MERGE:
      return `${open}/>`;
    case NUMBER:
      return `${open}>${leaf("v", cell.value)}</c>`;
    case BOOLEAN:
      return `${open} t="b"><v>${cell.value ? "1" : "0"}</v></c>`;
    case STRING:
    case RICH_TEXT:
      if (cell.ssId !== undefined) return `${open} t="s"><v>${cell.ssId}</v></c>`;
      if (cell.type === RICH_TEXT || isRichText(cell.value)) throw new Unsupported();
      return `${open} t="str">${leaf("v", cell.value)}</c>`;
    case DATE:
      return `${open}>${leaf("v", excelDate(cell.value as Date, cell.date1904))}</c>`;
    case FORMULA:
      return formulaXml(open, cell);
    default:
      throw new Unsupported();
  }
}

// CellXform.renderFormula for a formula of its own (no shared or array formula).
function formulaXml(open: string, cell: PreparedCell): string {
  if (cell.shareType !== undefined || cell.si !== undefined || !cell.formula) {
    throw new Unsupported();
  }
  const f = leaf("f", cell.formula);
  const result = cell.result;
  if (result === null || result === undefined) return `${open}>${f}</c>`;
  if (typeof result === "number") return `${open}>${f}${leaf("v", result)}</c>`;
  if (typeof result === "string" || result instanceof String) {
    return `${open} t="str">${f}${leaf("v", result)}</c>`;
  }
  if (typeof result === "boolean") return `${open} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  if (result instanceof Date)
    return `${open}>${f}${leaf("v", excelDate(result, cell.date1904))}</c>`;
  throw new Unsupported();
}

function isRichText(value: unknown): boolean {
  return typeof value === "object" && value !== null && "richText" in value;
}

// XmlStream.leafNode(name, null, text).
function leaf(name: string, text: unknown): string {
  return `<${name}>${encode(String(text))}</${name}>`;
}

// utils.dateToExcel.
function excelDate(date: Date, date1904: boolean | undefined): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000) - (date1904 ? 1462 : 0);
}
