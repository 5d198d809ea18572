import type { Workbook, Worksheet } from "exceljs";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { LeanSheet, type CellTables } from "./leanSheet";
import { loadExcelJS } from "./loadExcelJS";
import { packageSink, type DeflatedPart, type PartDeflate } from "./packageZip";
import { sharedStringsXml, type SharedStringsModel } from "./sharedStringsXml";
import { sheetDataXml, type PreparedRow } from "./sheetDataXml";
import type { TableSheet } from "./tableSheet";

/**
 * A new workbook as every writer of ours starts one: ExcelJS loaded lazily, the add-in named as
 * its creator, and the given time as created and modified (a fixed time makes output
 * reproducible in tests).
 */
export async function newOurWorkbook(lang: Lang, generatedAt: Date): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text("app.name", lang);
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  return workbook;
}

interface ZipLike {
  append(data: Uint8Array | string, options: { name: string; base64?: boolean }): void;
}

/**
 * What ExcelJS's own `xlsx.write` (lib/xlsx/xlsx.js, 4.4) does after `prepareModel`, in its
 * order: each step renders parts and hands them to a zip through `append(data, { name })`.
 * Shared strings come after the worksheets, whose rendering collects them.
 */
const RENDER_STEPS = [
  "addContentTypes",
  "addOfficeRels",
  "addWorkbookRels",
  "addWorksheets",
  "addSharedStrings",
  "addDrawings",
  "addTables",
  "addThemes",
  "addStyles",
  "addMedia",
  "addApp",
  "addCore",
  "addWorkbook",
] as const;

type XlsxSteps = { prepareModel(model: unknown, options: object): void } & Record<
  (typeof RENDER_STEPS)[number],
  (zip: ZipLike, model: unknown) => Promise<void>
>;

/**
 * A sheet filled only when its turn to be written comes (see {@link workbookBytes}), through
 * the table writers' part of ExcelJS's Worksheet: cells, merges, widths, panes, filter, page.
 */
export interface SheetToFill {
  readonly name: string;
  fill(sheet: TableSheet): void;
}

/** Options of {@link workbookBytes}. */
export interface WorkbookBytesOptions {
  /** Native deflating lent by the host; default fflate's. */
  readonly deflate?: PartDeflate;
  /** Sheets added after the workbook's own, each filled, rendered and let go of in turn. */
  readonly sheets?: readonly SheetToFill[];
}

// The tables ExcelJS's prepareModel makes anew on every call, and which must be one for the
// whole package: every sheet's strings and styles go into the one table each.
const SHARED = ["sharedStrings", "styles"] as const;
type Shared = Partial<Record<(typeof SHARED)[number], unknown>>;

/**
 * The xlsx bytes of a workbook, its sheets written one at a time. Each sheet (those already in
 * the workbook, then `sheets`, filled now) becomes ExcelJS's model of it, is prepared and
 * rendered as ExcelJS's own `xlsx.write` does, and its part deflated at once; then its cells
 * and model are let go of before the next sheet is filled. A sheet of `sheets` is filled into a
 * {@link LeanSheet}: ExcelJS keeps the rest of the sheet, and its cells are prepared and written
 * here, row by row, as ExcelJS would prepare and write them. The parts are the same, in the same
 * order, as `writeBuffer` gives, but a 5,000-unit result never holds more than one sheet's
 * cells: consolidating 5,000 files peaked at 342 MB of RSS, against 411 MB with every sheet
 * filled before writing (measured when this was written, before the cells were written straight
 * to XML; bench/RESULTS.md has today's figures). The workbook is not to be used afterwards. An
 * ExcelJS without these steps (another major version) is written through `writeBuffer`, every
 * sheet filled first.
 */
export async function workbookBytes(
  workbook: Workbook,
  options: WorkbookBytesOptions = {},
): Promise<Uint8Array> {
  const steps: unknown = workbook.xlsx;
  const toFill = options.sheets ?? [];
  if (!hasSteps(steps)) {
    for (const sheet of toFill) sheet.fill(workbook.addWorksheet(sheet.name));
    const written = await workbook.xlsx.writeBuffer({
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    });
    return new Uint8Array(written as ArrayBuffer);
  }
  const sink = packageSink(workbook.modified ?? new Date(), options.deflate);
  // The sheets already filled leave the workbook first, so that its own model, taken once
  // here for what every sheet's preparation reads (dates 1904, media), copies no cell.
  const filled = [...workbook.worksheets];
  for (const sheet of filled) workbook.removeWorksheet(sheet.id);
  const book = workbook.model;
  const shared: Shared = {};
  const held: DeflatedPart[] = [];
  const lightSheets: object[] = [];
  const commentRefs: unknown[] = [];
  // A sheet is passed to these and held nowhere else: once its model is taken, its cells can be
  // collected while the model renders (for a findings sheet of 18,000 rows, about 40 MB).
  const modelOf = (sheet: Worksheet) => sheet.model as unknown as SheetModel;
  // A sheet to fill gets a worksheet without cells for the rest of it, and its cells are kept in
  // a LeanSheet until they are written.
  const filledModel = (sheet: SheetToFill): [SheetModel, LeanSheet] => {
    const frame = workbook.addWorksheet(sheet.name);
    const cells = new LeanSheet(frame);
    sheet.fill(cells);
    workbook.removeWorksheet(frame.id);
    return [modelOf(frame), cells];
  };
  const render = async (model: SheetModel, lean?: LeanSheet) => {
    // The sheets are numbered in the order written, as ExcelJS numbers a workbook's own.
    model.id = lightSheets.length + 1;
    if (model.media.length > 0 || model.tables.length > 0) {
      throw new Error("workbookBytes: images and tables are not written sheet by sheet");
    }
    const one = sharing({ ...book, worksheets: [model], commentRefs: [] as unknown[] }, shared);
    steps.prepareModel(one, {});
    // The cells are written here, the rest of the sheet by ExcelJS (sheetDataXml).
    let cells: Uint8Array | null;
    if (lean) {
      const written = lean.sheetData({
        ...(shared as Pick<CellTables, "styles" | "sharedStrings">),
        date1904: book.properties.date1904 === true,
      });
      for (const [top, left, bottom, right] of written.extents) {
        model.dimensions.expand(top, left, bottom, right);
      }
      model.mergeCells = written.mergeCells;
      cells = written.xml;
    } else {
      cells = sheetDataXml(model.rows);
      if (cells !== null) model.rows = [];
    }
    const part = `xl/worksheets/sheet${model.id}.xml`;
    const zip: ZipLike = {
      append: (data, options) => {
        const filled = cells !== null && options.name === part ? withSheetData(data, cells) : data;
        held.push(sink.deflate(options.name, filled, options));
      },
    };
    await steps.addWorksheets(zip, one);
    commentRefs.push(...one.commentRefs);
    lightSheets.push({ ...model, rows: [], merges: [] });
  };
  while (filled.length > 0) await render(modelOf(filled.shift()!));
  for (const sheet of toFill) await render(...filledModel(sheet));

  // The package around the sheets, from their light models (names, views, print titles).
  const model = sharing(
    { ...workbook.model, worksheets: lightSheets, commentRefs: [] as unknown[] },
    shared,
  );
  steps.prepareModel(model, {});
  // The light sheets have no cells left to find notes in: the notes found sheet by sheet.
  model.commentRefs = commentRefs;
  const zip: ZipLike = { append: (data, part) => sink.add(part.name, data, part) };
  // ExcelJS awaits themes with styles and app with core together; each appends its part before
  // it first waits, so one after the other gives the same parts in the same order.
  for (const step of RENDER_STEPS) {
    if (step === "addWorksheets") for (const part of held) sink.addDeflated(part);
    else if (step !== "addSharedStrings" || !addSharedStrings(zip, model)) {
      await steps[step](zip, model);
    }
  }
  return sink.finish();
}

interface SheetModel {
  id: number;
  media: unknown[];
  tables: unknown[];
  rows: PreparedRow[];
  /** ExcelJS's Range of the cells used, as the worksheet's model gives it. */
  dimensions: { expand(top: number, left: number, bottom: number, right: number): void };
  /** Set by the preparation: the merged blocks. */
  mergeCells?: string[];
}

// ExcelJS's addSharedStrings, with the part written by sharedStringsXml; false when that part
// is left to ExcelJS's own step (rich text, or no strings: then there is no part).
function addSharedStrings(zip: ZipLike, model: object): boolean {
  const table = (model as { sharedStrings?: { model?: SharedStringsModel } }).sharedStrings?.model;
  if (!table || table.count === 0) return false;
  const xml = sharedStringsXml(table);
  if (xml === null) return false;
  zip.append(xml, { name: "xl/sharedStrings.xml" });
  return true;
}

const EMPTY_SHEET_DATA = "<sheetData/>";
const encoder = new TextEncoder();

// The sheet rendered without rows has one empty <sheetData/> (no text in a part can hold a raw
// "<"), where the rows go.
function withSheetData(xml: Uint8Array | string, cells: Uint8Array): Uint8Array {
  const text = typeof xml === "string" ? xml : new TextDecoder().decode(xml);
  const at = text.indexOf(EMPTY_SHEET_DATA);
  if (at === -1) throw new Error("workbookBytes: the sheet has no place for its cells");
  const head = encoder.encode(text.slice(0, at));
  const tail = encoder.encode(text.slice(at + EMPTY_SHEET_DATA.length));
  const out = new Uint8Array(head.length + cells.length + tail.length);
  out.set(head);
  out.set(cells, head.length);
  out.set(tail, head.length + cells.length);
  return out;
}

// prepareModel sets these anew on every call and reads them back: the first values are kept,
// and later assignments ignored.
function sharing<T extends object>(model: T, shared: Shared): T {
  for (const key of SHARED) {
    Object.defineProperty(model, key, {
      enumerable: true,
      get: () => shared[key],
      set: (value: unknown) => {
        shared[key] ??= value;
      },
    });
  }
  return model;
}

function hasSteps(xlsx: unknown): xlsx is XlsxSteps {
  const methods = xlsx as Partial<Record<keyof XlsxSteps, unknown>>;
  return ["prepareModel" as const, ...RENDER_STEPS].every(
    (step) => typeof methods[step] === "function",
  );
}
