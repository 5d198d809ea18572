import type { TableRow, TableSheet } from "../excel/tableSheet";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import {
  trackingNotes,
  trackSubmissions,
  type SubmissionTracking,
  type TrackedUnit,
  type TrackingCounts,
} from "../../core/tracking";
import { newOurWorkbook, workbookBytes } from "../excel/ourWorkbook";
import type { ResultContext, ResultSheet } from "./resultSheet";
import {
  finishTable,
  putNumber,
  putText,
  writeHeaderRow,
  writeLine,
  writeTitle,
} from "./tableLayout";
import { cellStyle } from "./tableStyles";

/** Where sheet Theo dõi nộp báo cáo puts things (1-based rows and columns). */
export const TRACKING_LAYOUT = {
  titleRow: 1,
  summaryRow: 2,
  noteRow: 3,
  headerRow: 4,
  firstDataRow: 5,
  columns: {
    no: 1,
    code: 2,
    name: 3,
    cluster: 4,
    membership: 5,
    state: 6,
    file: 7,
    replaced: 8,
    note: 9,
    contact: 10,
  },
  /** The counts table, below the units after one empty row: a title row, a header row, one row per cluster, the total. */
  countColumns: {
    cluster: 1,
    units: 2,
    received: 3,
    onTime: 4,
    late: 5,
    errors: 6,
    missing: 7,
    replaced: 8,
  },
} as const;

/** What the sheet is written from besides the tracker's outcome. */
export interface TrackingSheetOptions {
  readonly lang: Lang;
  /** The period as the title shows it ("Năm 2024"). */
  readonly period: string;
  /** The deadline as written ("15/01/2025"); no deadline line when null or absent. */
  readonly deadline?: string | null;
}

/**
 * Sheet Theo dõi nộp báo cáo in the consolidation's workbook: the submission tracker over the
 * consolidation's files and the rules' list of units (see trackSubmissions). The deadline line
 * is written when some report was late (the deadline is the one its finding names).
 */
export const trackingSheet: ResultSheet = {
  name: text("tracking.sheet", "vi"),
  write(sheet, context: ResultContext) {
    const tracking = trackSubmissions(context.result.units, context.rules.units);
    writeTrackingSheet(sheet, tracking, {
      lang: context.lang,
      period: context.period,
      deadline: deadlineOf(tracking),
    });
  },
};

/**
 * Writes the tracker's outcome on a worksheet: a title, a summary line ("57/59 CĐCS đã gửi
 * báo cáo: …", or a note that there is no list), the deadline, then one row per unit (the
 * list's units in its order, then those not on it, then the files whose unit could not be
 * read): code, name, cluster, Trực thuộc/Thành viên, its state (coloured when late, with errors
 * or missing), the file used, the copies replaced, a note (a late report's date, the number of
 * errors and the first, the name the report gives when it differs, other files of the unit)
 * and the contact; below, the counts per cluster and in all. Every text is written as text.
 *
 * @example
 * writeTrackingSheet(workbook.addWorksheet("Theo dõi nộp báo cáo"), tracking,
 *   { lang: "vi", period: "Năm 2024", deadline: "15/01/2025" });
 */
export function writeTrackingSheet(
  sheet: TableSheet,
  tracking: SubmissionTracking,
  options: TrackingSheetOptions,
): void {
  const { lang } = options;
  const { columns, headerRow, firstDataRow, summaryRow, noteRow } = TRACKING_LAYOUT;
  writeTitle(
    sheet,
    TRACKING_LAYOUT.titleRow,
    columns.contact,
    text("tracking.title", lang, { period: options.period }),
  );
  writeLine(sheet, summaryRow, summaryLine(tracking, lang));
  const others = [
    ...(tracking.unlisted > 0
      ? [text("tracking.summary.unlisted", lang, { count: tracking.unlisted })]
      : []),
    ...(tracking.unidentified.length > 0
      ? [text("tracking.summary.unidentified", lang, { count: tracking.unidentified.length })]
      : []),
  ];
  const notes = [
    ...(options.deadline ? [text("tracking.deadline", lang, { deadline: options.deadline })] : []),
    ...(others.length > 0
      ? [text("tracking.summary.others", lang, { parts: others.join(", ") })]
      : []),
  ];
  if (notes.length > 0) writeLine(sheet, noteRow, notes.join(" "));

  writeHeaderRow(sheet, headerRow, [
    text("result.col.no", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.cluster", lang),
    text("unit-list.col.membership", lang),
    text("tracking.col.state", lang),
    text("tracking.col.file", lang),
    text("tracking.col.replaced", lang),
    text("tracking.col.note", lang),
    text("unit-list.col.contact", lang),
  ]);
  let row = firstDataRow;
  let no = 0;
  for (const unit of tracking.units) writeUnit(sheet.getRow(row++), ++no, unit, lang);
  for (const file of tracking.unidentified) {
    const r = sheet.getRow(row++);
    putNumber(r.getCell(columns.no), ++no, "centre");
    for (const column of [columns.code, columns.name, columns.cluster, columns.membership]) {
      putText(r.getCell(column), null);
    }
    putState(r, text("tracking.file.unidentified", lang), "rejected");
    putText(r.getCell(columns.file), file.file);
    putText(r.getCell(columns.replaced), null);
    const notes = trackingNotes({ state: "errors", findings: file.findings }, lang);
    putText(r.getCell(columns.note), notes.join("; "), "wrap");
    putText(r.getCell(columns.contact), null);
  }
  const lastUnitRow = row - 1;

  writeCounts(sheet, lastUnitRow + 2, tracking, lang);
  finishTable(sheet, {
    headerRows: { first: headerRow, last: headerRow },
    filter: { lastRow: lastUnitRow, lastColumn: columns.contact },
    widths: { min: 6, max: 50, skipRows: [summaryRow, noteRow, lastUnitRow + 2] },
  });
}

/**
 * A workbook holding the tracking sheet alone, as `cdvc track --out` writes it.
 *
 * @example
 * await writeFile("TheoDoi.xlsx", await writeTrackingWorkbook(tracking, { lang: "vi", period: "Năm 2024" }));
 */
export async function writeTrackingWorkbook(
  tracking: SubmissionTracking,
  options: TrackingSheetOptions & { readonly generatedAt?: Date },
): Promise<Uint8Array> {
  const workbook = await newOurWorkbook(options.lang, options.generatedAt ?? new Date());
  writeTrackingSheet(workbook.addWorksheet(trackingSheet.name), tracking, options);
  return workbookBytes(workbook);
}

function summaryLine(tracking: SubmissionTracking, lang: Lang): string {
  if (!tracking.hasList) return text("tracking.no-list", lang);
  const { total } = tracking;
  return text("tracking.summary", lang, {
    received: total.received,
    expected: total.units,
    onTime: total.onTime,
    late: total.late,
    errors: total.errors,
    missing: total.missing,
    replaced: total.replaced,
  });
}

function writeUnit(row: TableRow, no: number, unit: TrackedUnit, lang: Lang): void {
  const { columns } = TRACKING_LAYOUT;
  putNumber(row.getCell(columns.no), no, "centre");
  putText(row.getCell(columns.code), unit.code, "centre");
  putText(row.getCell(columns.name), unit.name, "wrap");
  putText(row.getCell(columns.cluster), unit.cluster);
  putText(
    row.getCell(columns.membership),
    unit.membership
      ? text(`tracking.membership.${unit.membership}`, lang)
      : text("tracking.unlisted", lang),
  );
  putState(
    row,
    text(`tracking.state.${unit.state}`, lang),
    unit.state === "late" ? "replaced" : unit.state === "on-time" ? null : "rejected",
  );
  putText(row.getCell(columns.file), unit.file);
  putText(row.getCell(columns.replaced), unit.replaced.join(", "), "wrap");
  putText(row.getCell(columns.note), trackingNotes(unit, lang).join("; "), "wrap");
  putText(row.getCell(columns.contact), unit.contact);
}

/** The state cell; its fill is the Kiểm tra sheet's: red for kept out or missing, yellow for late. */
function putState(row: TableRow, label: string, fill: "rejected" | "replaced" | null): void {
  const cell = row.getCell(TRACKING_LAYOUT.columns.state);
  putText(cell, label, "centre");
  if (fill !== null) cell.style = cellStyle("centre", "body", fill);
}

function writeCounts(
  sheet: TableSheet,
  titleRow: number,
  tracking: SubmissionTracking,
  lang: Lang,
): void {
  const { countColumns: c } = TRACKING_LAYOUT;
  writeLine(sheet, titleRow, text("tracking.counts.title", lang), "heading");
  writeHeaderRow(sheet, titleRow + 1, [
    text("result.col.cluster", lang),
    text("result.col.units", lang),
    text("tracking.col.received", lang),
    text("tracking.state.on-time", lang),
    text("tracking.state.late", lang),
    text("tracking.state.errors", lang),
    text("tracking.state.missing", lang),
    text("tracking.col.replaced", lang),
  ]);
  let row = titleRow + 2;
  const put = (label: string, counts: TrackingCounts, emphasis: "body" | "total") => {
    const r = sheet.getRow(row++);
    putText(r.getCell(c.cluster), label, "text", emphasis);
    putNumber(r.getCell(c.units), counts.units, "count", emphasis);
    putNumber(r.getCell(c.received), counts.received, "count", emphasis);
    putNumber(r.getCell(c.onTime), counts.onTime, "count", emphasis);
    putNumber(r.getCell(c.late), counts.late, "count", emphasis);
    putNumber(r.getCell(c.errors), counts.errors, "count", emphasis);
    putNumber(r.getCell(c.missing), counts.missing, "count", emphasis);
    putNumber(r.getCell(c.replaced), counts.replaced, "count", emphasis);
  };
  for (const { cluster, counts } of tracking.clusters) {
    put(cluster ?? text("tracking.no-cluster", lang), counts, "body");
  }
  put(text("tracking.total", lang), tracking.total, "total");
}

/** The deadline a late report's finding names, the one the batch was checked against. */
function deadlineOf(tracking: SubmissionTracking): string | null {
  for (const unit of tracking.units) {
    const late = unit.findings.find((f) => f.code === "report.late");
    if (late?.params?.deadline !== undefined) return String(late.params.deadline);
  }
  return null;
}
