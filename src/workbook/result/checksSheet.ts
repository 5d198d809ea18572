import type { TableRow, TableSheet } from "../excel/tableSheet";
import type { UnitOutcome } from "../../core/consolidation";
import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { ResultContext, ResultSheet } from "./resultSheet";
import { finishTable, putText, writeHeaderRow, writeLine, writeTitle } from "./tableLayout";
import { cellStyle } from "./tableStyles";

/** Where sheet Kiểm tra puts things (1-based rows and columns). */
export const CHECKS_LAYOUT = {
  titleRow: 1,
  summaryRow: 2,
  headerRow: 3,
  firstDataRow: 4,
  columns: {
    file: 1,
    code: 2,
    name: 3,
    status: 4,
    severity: 5,
    findingCode: 6,
    sheet: 7,
    cell: 8,
    message: 9,
    hint: 10,
  },
} as const;

/**
 * Sheet Kiểm tra: every file given, in the order given, whatever happened to it. One row per
 * finding, each naming its file, unit, and the file's status (Được tổng hợp, Bị loại, Được
 * thay bằng <file>), so a filter on any of them keeps a file's findings together; a file
 * without findings has one row of its own. The batch's own findings (a period or deadline
 * that could not be read) come first.
 */
export const checksSheet: ResultSheet = {
  name: text("result.sheet.checks", "vi"),
  write: writeChecksSheet,
};

function writeChecksSheet(sheet: TableSheet, context: ResultContext): void {
  const { result, lang } = context;
  const { columns, headerRow, firstDataRow, summaryRow } = CHECKS_LAYOUT;
  writeTitle(
    sheet,
    CHECKS_LAYOUT.titleRow,
    columns.hint,
    text("result.checks.title", lang, { period: context.period }),
  );
  const count = (status: UnitOutcome["status"]) =>
    result.units.filter((u) => u.status === status).length;
  writeLine(
    sheet,
    summaryRow,
    text("result.checks.summary", lang, {
      files: result.units.length,
      included: count("included"),
      rejected: count("rejected"),
      replaced: count("replaced"),
    }),
  );
  writeHeaderRow(sheet, headerRow, [
    text("result.col.file", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.status", lang),
    text("result.col.severity", lang),
    text("result.col.finding-code", lang),
    text("result.col.sheet", lang),
    text("result.col.cell", lang),
    text("result.col.message", lang),
    text("result.col.hint", lang),
  ]);

  let row = firstDataRow;
  const batchStatus = text("result.status.batch", lang);
  for (const finding of batchFindings(context)) {
    const r = sheet.getRow(row++);
    writeFile(r, finding.file, null, null, batchStatus, null);
    writeFinding(r, finding, lang);
  }
  for (const unit of result.units) {
    const status =
      unit.status === "replaced"
        ? text("result.status.replaced", lang, { file: unit.replacedBy ?? "" })
        : text(`result.status.${unit.status}`, lang);
    const fill = unit.status === "included" ? null : unit.status;
    const findings = unit.findings.length > 0 ? unit.findings : [null];
    for (const finding of findings) {
      const r = sheet.getRow(row++);
      writeFile(r, unit.file, unit.code, unit.name, status, fill);
      writeFinding(r, finding, lang);
    }
  }

  finishTable(sheet, {
    headerRows: { first: headerRow, last: headerRow },
    filter: { lastRow: row - 1, lastColumn: columns.hint },
    widths: { min: 6, max: 60, skipRows: [summaryRow] },
  });
}

/** The findings of the batch itself: those of the result that belong to no file's outcome. */
function batchFindings(context: ResultContext): Finding[] {
  const ofFiles = new Set(context.result.units.flatMap((u) => u.findings));
  return context.result.findings.filter((f) => !ofFiles.has(f));
}

function writeFile(
  row: TableRow,
  file: string,
  code: string | null,
  name: string | null,
  status: string,
  fill: "rejected" | "replaced" | null,
): void {
  const { columns } = CHECKS_LAYOUT;
  putText(row.getCell(columns.file), file);
  putText(row.getCell(columns.code), code, "centre");
  putText(row.getCell(columns.name), name, "wrap");
  putText(row.getCell(columns.status), status, "wrap");
  if (fill !== null) row.getCell(columns.status).style = cellStyle("wrap", "body", fill);
}

function writeFinding(row: TableRow, finding: Finding | null, lang: Lang): void {
  const { columns } = CHECKS_LAYOUT;
  putText(
    row.getCell(columns.severity),
    finding === null ? null : text(`result.severity.${finding.severity}`, lang),
    "centre",
  );
  putText(row.getCell(columns.findingCode), finding?.code, "code");
  putText(row.getCell(columns.sheet), finding?.sheet);
  putText(row.getCell(columns.cell), finding?.cell, "centre");
  putText(row.getCell(columns.message), finding?.message, "wrap");
  putText(row.getCell(columns.hint), finding?.hint, "wrap");
}
