import type { SheetGrid, WorkbookGrid } from "../../core/grid/cell";
import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import { defaultReaderLimits, type ReaderLimits } from "../limits";
import type { ZipCodec } from "./zipCodec";
import { parseContentTypes, type ContentTypeOf } from "./parseContentTypes";
import { PartMemo } from "./partMemo";
import { parseRelationships, type Relationship } from "./parseRelationships";
import { parseSharedStrings } from "./parseSharedStrings";
import { parseStyles } from "./parseStyles";
import { parseWorkbookPart, type WorkbookPart } from "./parseWorkbookPart";
import { parseWorksheet } from "./parseWorksheet";
import { relationshipsPartOf } from "./partPath";
import { damaged, megabytes, ReaderFailure } from "./readerFailure";
import { sniffFormat } from "./sniffFormat";
import { ZipPackage } from "./zipPackage";

export interface ReadOptions {
  /**
   * Which sheets to parse, by name (for example: normalized name in {"baocao", "chamdiem",
   * "denghikhenthuong"}); all sheet names are listed whatever it says. Default: every sheet.
   */
  sheetFilter?: (sheetName: string) => boolean;
  limits?: Partial<ReaderLimits>;
  lang?: Lang;
  /** Native unzipping lent by the host; default portableZipCodec (fflate). */
  codec?: ZipCodec;
}

export type ReadResult =
  { ok: true; workbook: WorkbookGrid; date1904: boolean } | { ok: false; findings: Finding[] };

const CONTENT_TYPES = "[Content_Types].xml";
const DEFAULT_WORKBOOK = "xl/workbook.xml";

// The small parts reports of one template share byte for byte (PartMemo), for this thread.
const memos = {
  contentTypes: new PartMemo<ContentTypeOf>(),
  relationships: new PartMemo<readonly Relationship[]>(),
  workbook: new PartMemo<WorkbookPart>(),
  styles: new PartMemo<readonly boolean[]>(),
};

/**
 * Reads an xlsx file's bytes into plain cell grids: every sheet name in tab order, and the
 * cells of the sheets `sheetFilter` picks. It never throws: a file it cannot or must not read
 * (not a workbook, an old .xls, a CSV, password-protected, damaged, too large, a zip bomb,
 * hostile XML, a sheet far longer than a report) gives one error finding naming the file, and
 * an unexpected failure gives `file.unreadable`. Runs the same in Node and in a browser worker.
 *
 * @example
 * const result = readWorkbook(bytes, "cdcs-so-y-te.xlsx", {
 *   sheetFilter: (name) => ["baocao", "chamdiem"].includes(normalizeLabel(name).replace(/ /g, "")),
 * });
 * if (result.ok) result.workbook.sheets[0].rows[13][5] // { t: "n", v: 216.8 }
 * else result.findings[0].code // "file.password-protected"
 */
export function readWorkbook(
  bytes: Uint8Array,
  file: string,
  options: ReadOptions = {},
): ReadResult {
  const lang = options.lang ?? "vi";
  try {
    const limits = withDefaults(options.limits);
    const filter = options.sheetFilter ?? (() => true);
    return { ok: true, ...readPackage(bytes, limits, filter, options.codec) };
  } catch (error) {
    return { ok: false, findings: [findingOf(error, file, lang)] };
  }
}

// A limit given as undefined keeps its default (a spread would overwrite it with undefined).
function withDefaults(limits: Partial<ReaderLimits> = {}): ReaderLimits {
  const out: Record<keyof ReaderLimits, number> = { ...defaultReaderLimits };
  for (const key of Object.keys(out) as Array<keyof ReaderLimits>) {
    const value = limits[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function readPackage(
  bytes: Uint8Array,
  limits: ReaderLimits,
  filter: (sheetName: string) => boolean,
  codec: ZipCodec | undefined,
): { workbook: WorkbookGrid; date1904: boolean } {
  checkFormat(bytes, limits);
  const depth = limits.maxXmlDepth;
  const pkg = new ZipPackage(bytes, limits.maxInflatedBytes, codec);
  const workbookPart = findWorkbookPart(pkg, depth);

  const { sheets, date1904 } = pkg.parsed(
    workbookPart,
    memos.workbook,
    `${workbookPart}|${depth}`,
    (xml) => parseWorkbookPart(xml, workbookPart, depth),
  );
  const sheetNames = sheets.map((sheet) => sheet.name);
  const wanted = sheets.filter((sheet) => filter(sheet.name));
  if (wanted.length === 0) return { workbook: { sheetNames, sheets: [] }, date1904 };

  const relsPart = relationshipsPartOf(workbookPart);
  if (!pkg.has(relsPart)) throw damaged(relsPart);
  const relationships = pkg.parsed(
    relsPart,
    memos.relationships,
    `${relsPart}|${workbookPart}|${depth}`,
    (xml) => parseRelationships(xml, relsPart, workbookPart, depth),
  );
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const worksheets: Array<{ name: string; part: string }> = [];
  for (const sheet of wanted) {
    const rel = byId.get(sheet.relationshipId);
    if (!rel || !pkg.has(rel.target)) throw damaged(rel?.target ?? relsPart);
    // Chart sheets and old dialog or macro sheets hold no cells.
    if (rel.type.endsWith("/worksheet")) worksheets.push({ name: sheet.name, part: rel.target });
  }

  const sharedStringsPart = partOfType(relationships, "/sharedStrings", pkg);
  const sharedStrings = sharedStringsPart
    ? parseSharedStrings(
        pkg.text(sharedStringsPart),
        sharedStringsPart,
        depth,
        limits.maxStringLength,
      )
    : [];
  const stylesPart = partOfType(relationships, "/styles", pkg);
  const dateStyles = stylesPart
    ? pkg.parsed(stylesPart, memos.styles, `${stylesPart}|${depth}`, (xml) =>
        parseStyles(xml, stylesPart, depth),
      )
    : [];

  const grids: SheetGrid[] = worksheets.map(({ name, part }) =>
    parseWorksheet(pkg.text(part), {
      sheetName: name,
      part,
      sharedStrings,
      dateStyles,
      date1904,
      limits,
    }),
  );
  return { workbook: { sheetNames, sheets: grids }, date1904 };
}

function checkFormat(bytes: Uint8Array, limits: ReaderLimits): void {
  if (bytes.length > limits.maxFileBytes) {
    throw new ReaderFailure("file.too-large", {
      size: megabytes(bytes.length),
      limit: megabytes(limits.maxFileBytes),
    });
  }
  switch (sniffFormat(bytes)) {
    case "zip":
      return;
    case "xls":
      throw new ReaderFailure("file.xls");
    case "encrypted":
      throw new ReaderFailure("file.password-protected");
    case "text":
      throw new ReaderFailure("file.csv");
    default:
      throw new ReaderFailure("file.not-xlsx");
  }
}

// The package's relationships name its main part; xl/workbook.xml is where every producer
// puts it, and is used when they do not. A main part that is not a spreadsheet's (a Word
// document, a binary .xlsb workbook) means the zip is not a workbook.
function findWorkbookPart(pkg: ZipPackage, depth: number): string {
  const rootRels = relationshipsPartOf("");
  let part = DEFAULT_WORKBOOK;
  if (pkg.has(rootRels)) {
    const rels = pkg.parsed(rootRels, memos.relationships, `${rootRels}||${depth}`, (xml) =>
      parseRelationships(xml, rootRels, "", depth),
    );
    const main = rels.find((rel) => rel.type.endsWith("/officeDocument"));
    if (main && pkg.has(main.target)) part = main.target;
  }
  if (!pkg.has(part)) throw new ReaderFailure("file.not-workbook");
  if (!pkg.has(CONTENT_TYPES)) throw damaged(CONTENT_TYPES);
  const typeOf = pkg.parsed(CONTENT_TYPES, memos.contentTypes, `${depth}`, (xml) =>
    parseContentTypes(xml, depth),
  );
  const type = typeOf(part);
  const spreadsheet =
    type === undefined
      ? part.toLowerCase().endsWith(".xml")
      : type.endsWith("+xml") && (type.includes("spreadsheetml") || type.includes("ms-excel"));
  if (!spreadsheet) throw new ReaderFailure("file.not-workbook");
  return part;
}

function partOfType(
  relationships: readonly Relationship[],
  type: string,
  pkg: ZipPackage,
): string | null {
  const rel = relationships.find((candidate) => candidate.type.endsWith(type));
  return rel && pkg.has(rel.target) ? rel.target : null;
}

function findingOf(error: unknown, file: string, lang: Lang): Finding {
  if (error instanceof ReaderFailure) {
    return makeFinding(error.code, { file, sheet: error.sheet }, error.params, lang);
  }
  // A bug, or the engine running out of memory or stack: still one finding, never a throw.
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return makeFinding("file.unreadable", { file }, { reason }, lang);
}
