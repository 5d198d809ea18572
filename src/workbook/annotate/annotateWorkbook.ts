import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import { loadExcelJS } from "../excel/loadExcelJS";
import type { ReaderLimits } from "../limits";
import { applyCellMark } from "./applyCellMark";
import { cellMarks } from "./cellMarks";
import { addFindingsSheet } from "./findingsSheet";
import { noteBoxes, sizeNoteBoxes } from "./noteBoxes";
import { prepareCopy } from "./prepareCopy";

/** Options of {@link annotateWorkbook}. */
export interface AnnotateOptions {
  readonly lang?: Lang;
  /** The file's name as given, for the findings sheet and any finding about the copy. */
  readonly file?: string;
  /** The unit the file declares, named in the findings sheet's title. */
  readonly unit?: { readonly code: string; readonly name: string } | null;
  /** The reader's limits (the rules' `readerLimitsOf`), applied to every part of the file. */
  readonly limits?: Partial<ReaderLimits>;
}

/** A workbook that cannot be opened to make a marked copy: `finding` says why. */
export class AnnotationError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = "AnnotationError";
  }
}

/**
 * A marked copy of a unit's workbook, to send back: every finding that points at a cell fills
 * that cell (errors red, warnings yellow, the pane's colours) and adds a note with the messages
 * and hints below any note the unit wrote there; a `Kiểm tra` sheet (or `Kiểm tra (2)`, …)
 * lists every finding, and the copy opens on it. The bytes given are only read.
 *
 * The copy is the unit's workbook as ExcelJS reads and writes it. Measured by the tests to
 * survive: values, formulas with or without cached values, styles and number formats, merged
 * cells, data validations, conditional formats, defined names, hyperlinks, images, outlines,
 * filters, hidden sheets, tab colours, column widths, frozen panes, print titles, headers and
 * footers, sheet protection and the unit's notes (their text and runs). Changed on purpose: a
 * validation over a whole column or row is clipped (see prepareCopy) and every note box is sized
 * to its text (see noteBoxes). Not measured here, and known from ExcelJS's documentation and
 * issue tracker not to survive: charts, pivot tables, slicers, sparklines, form controls,
 * threaded comments (their plain-note copy stays), validations kept in extension lists, and
 * macros (a copy is always .xlsx).
 *
 * Rejects with an {@link AnnotationError} when the file cannot be opened: refused by the
 * reader's limits, covering too many cells, or not loadable by ExcelJS.
 *
 * @example
 * const copy = await annotateWorkbook(bytes, batchFile.findings, { lang: "vi", file: "CD008.xlsx", unit });
 * await writeFile("CD008-kiem-tra.xlsx", copy);
 */
export async function annotateWorkbook(
  bytes: Uint8Array,
  findings: readonly Finding[],
  options: AnnotateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const file = options.file ?? "";
  const prepared = prepareCopy(bytes, file, { limits: options.limits, lang });
  if (!prepared.ok) throw new AnnotationError(prepared.finding);

  const ExcelJS = await loadExcelJS();
  try {
    const workbook = new ExcelJS.Workbook();
    // A copy: ExcelJS must never hold (or change) the caller's buffer.
    await workbook.xlsx.load(prepared.bytes.slice().buffer);
    const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
    const { marks, unplaced } = cellMarks(findings, sheetNames, lang);
    for (const mark of marks) {
      const sheet = workbook.getWorksheet(mark.sheet);
      if (sheet) applyCellMark(sheet, mark);
    }
    addFindingsSheet(workbook, findings, {
      file,
      unit: options.unit ?? null,
      unplaced: unplaced.length,
      lang,
    });
    const boxes = new Map(workbook.worksheets.map((sheet) => [sheet.id, noteBoxes(sheet)]));
    const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    return sizeNoteBoxes(written, boxes);
  } catch (error) {
    // ExcelJS keeps no promise about the workbooks it cannot handle: whatever it throws while
    // reading, marking or writing this file means this file gets no copy, and says why.
    const reason = error instanceof Error ? error.message : String(error);
    throw new AnnotationError(makeFinding("annotate.cannot-open", { file }, { reason }, lang));
  }
}
