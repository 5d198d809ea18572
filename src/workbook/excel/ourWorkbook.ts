import type { Workbook } from "exceljs";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { loadExcelJS } from "./loadExcelJS";
import { packageSink, type PackageSink, type PartDeflate } from "./packageZip";

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

/**
 * The steps of ExcelJS's `xlsx.write` (lib/xlsx/xlsx.js, 4.4), each of which renders parts and
 * hands them to a zip through `append(data, { name, base64 })`.
 */
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: ZipLike, model: unknown): Promise<void>;
  addOfficeRels(zip: ZipLike, model: unknown): Promise<void>;
  addWorkbookRels(zip: ZipLike, model: unknown): Promise<void>;
  addWorksheets(zip: ZipLike, model: unknown): Promise<void>;
  addSharedStrings(zip: ZipLike, model: unknown): Promise<void>;
  addDrawings(zip: ZipLike, model: unknown): Promise<void>;
  addTables(zip: ZipLike, model: unknown): Promise<void>;
  addThemes(zip: ZipLike, model: unknown): Promise<void>;
  addStyles(zip: ZipLike, model: unknown): Promise<void>;
  addMedia(zip: ZipLike, model: unknown): Promise<void>;
  addApp(zip: ZipLike, model: unknown): Promise<void>;
  addCore(zip: ZipLike, model: unknown): Promise<void>;
  addWorkbook(zip: ZipLike, model: unknown): Promise<void>;
}

interface ZipLike {
  append(data: Uint8Array | string, options: { name: string; base64?: boolean }): void;
}

const STEPS = [
  "prepareModel",
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

/**
 * The xlsx bytes of a workbook. ExcelJS renders the parts as its own `xlsx.write` does, in the
 * same order, but each part is deflated the moment it is rendered (natively when `deflate` is
 * given) instead of waiting in JSZip for the whole package: for 5,000 units that halves the
 * writing time and keeps a third of the memory (bench/RESULTS.md). An ExcelJS without these
 * steps (another major version) is written through `writeBuffer` as before.
 */
export async function workbookBytes(
  workbook: Workbook,
  deflate?: PartDeflate,
): Promise<Uint8Array> {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxSteps>;
  if (!STEPS.every((step) => typeof xlsx[step] === "function")) {
    const written = await workbook.xlsx.writeBuffer({
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    });
    return new Uint8Array(written as ArrayBuffer);
  }
  const steps = xlsx as XlsxSteps;
  const sink = packageSink(workbook.modified ?? new Date(), deflate);
  const zip = zipOf(sink);
  const { model } = workbook;
  // The model is a copy of every cell: the sheets' own cells can go before the parts are
  // rendered, which lowers the memory the garbage of rendering piles up on.
  for (const sheet of [...workbook.worksheets]) workbook.removeWorksheet(sheet.id);
  steps.prepareModel(model, {});
  await steps.addContentTypes(zip, model);
  await steps.addOfficeRels(zip, model);
  await steps.addWorkbookRels(zip, model);
  await steps.addWorksheets(zip, model);
  await steps.addSharedStrings(zip, model); // always after the worksheets, as ExcelJS does
  await steps.addDrawings(zip, model);
  await steps.addTables(zip, model);
  await Promise.all([steps.addThemes(zip, model), steps.addStyles(zip, model)]);
  await steps.addMedia(zip, model);
  await Promise.all([steps.addApp(zip, model), steps.addCore(zip, model)]);
  await steps.addWorkbook(zip, model);
  return sink.finish();
}

function zipOf(sink: PackageSink): ZipLike {
  return { append: (data, { name, base64 }) => sink.add(name, data, { base64 }) };
}
