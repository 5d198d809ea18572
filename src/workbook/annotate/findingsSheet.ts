import type { Workbook, Worksheet, WorksheetView } from "exceljs";
import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { cellStyle } from "../result/tableStyles";
import { finishTable, putText, writeHeaderRow, writeLine, writeTitle } from "../result/tableLayout";
import { MARK_FILLS } from "./applyCellMark";
import { uniqueSheetName } from "./uniqueSheetName";

/** Where the findings sheet of a marked copy puts things (1-based rows and columns). */
export const FINDINGS_LAYOUT = {
  titleRow: 1,
  fileRow: 2,
  legendRow: 3,
  /** Says how many findings point at no cell; empty when every finding is marked on its cell. */
  unplacedRow: 4,
  headerRow: 5,
  firstDataRow: 6,
  columns: { no: 1, severity: 2, code: 3, sheet: 4, cell: 5, message: 6, hint: 7 },
} as const;

/** What the findings sheet says about the file. */
export interface FindingsSheetContext {
  /** The file's name as given. */
  readonly file: string;
  /** The unit the file declares, when it could be read. */
  readonly unit: { readonly code: string; readonly name: string } | null;
  /** How many of the findings are on no cell of the workbook. */
  readonly unplaced: number;
  readonly lang: Lang;
}

/**
 * Adds the sheet that lists every finding of the file, in the order given: severity (coloured
 * as the marked cells are), code, sheet, cell as plain text (no hyperlink: a link would be a
 * formula), message and how to fix it. It is named `Kiểm tra`, or `Kiểm tra (2)`, … when the
 * unit already has such a sheet, goes after the unit's sheets, and is the sheet the copy opens
 * on. Every text, the unit's name included, is written as text, never as a formula.
 *
 * @example
 * const sheet = addFindingsSheet(workbook, findings, { file: "CD008.xlsx", unit, unplaced: 1, lang: "vi" });
 * sheet.name // "Kiểm tra"
 */
export function addFindingsSheet(
  workbook: Workbook,
  findings: readonly Finding[],
  context: FindingsSheetContext,
): Worksheet {
  const { lang } = context;
  const { columns, headerRow, firstDataRow } = FINDINGS_LAYOUT;
  const name = uniqueSheetName(
    workbook.worksheets.map((ws) => ws.name),
    text("result.sheet.checks", "vi"),
  );
  const sheet = workbook.addWorksheet(name);

  const unit = context.unit ? `${context.unit.code} – ${context.unit.name}` : context.file;
  writeTitle(
    sheet,
    FINDINGS_LAYOUT.titleRow,
    columns.hint,
    text("annotate.sheet.title", lang, { unit }),
  );
  const errors = findings.filter((f) => f.severity === "error").length;
  writeLine(
    sheet,
    FINDINGS_LAYOUT.fileRow,
    text("annotate.sheet.file", lang, {
      file: context.file,
      errors,
      warnings: findings.length - errors,
    }),
  );
  writeLine(sheet, FINDINGS_LAYOUT.legendRow, text("annotate.sheet.legend", lang));
  if (context.unplaced > 0) {
    writeLine(
      sheet,
      FINDINGS_LAYOUT.unplacedRow,
      text("annotate.sheet.unplaced", lang, { n: context.unplaced }),
    );
  }
  writeHeaderRow(sheet, headerRow, [
    text("result.col.no", lang),
    text("result.col.severity", lang),
    text("result.col.finding-code", lang),
    text("result.col.sheet", lang),
    text("result.col.cell", lang),
    text("result.col.message", lang),
    text("result.col.hint", lang),
  ]);

  findings.forEach((finding, i) => {
    const row = sheet.getRow(firstDataRow + i);
    const no = row.getCell(columns.no);
    no.value = i + 1;
    no.style = cellStyle("centre");
    const severity = row.getCell(columns.severity);
    putText(severity, text(`result.severity.${finding.severity}`, lang), "centre");
    severity.style = { ...severity.style, fill: MARK_FILLS[finding.severity] };
    putText(row.getCell(columns.code), finding.code, "code");
    putText(row.getCell(columns.sheet), finding.sheet);
    putText(row.getCell(columns.cell), finding.cell, "centre");
    putText(row.getCell(columns.message), finding.message, "wrap");
    putText(row.getCell(columns.hint), finding.hint, "wrap");
  });

  finishTable(sheet, {
    headerRows: { first: headerRow, last: headerRow },
    filter: { lastRow: firstDataRow + findings.length - 1, lastColumn: columns.hint },
    widths: {
      min: 6,
      max: 60,
      skipRows: [FINDINGS_LAYOUT.fileRow, FINDINGS_LAYOUT.legendRow, FINDINGS_LAYOUT.unplacedRow],
    },
  });
  openOn(workbook, sheet);
  return sheet;
}

/**
 * Makes the sheet the one the workbook opens on. Every other sheet is deselected: a workbook
 * that opens with two selected tabs is in group mode, where a unit's typing would go into both.
 */
function openOn(workbook: Workbook, sheet: Worksheet): void {
  for (const ws of workbook.worksheets) {
    ws.views = (ws.views ?? []).map((view) => selected(view, ws === sheet));
  }
  if ((sheet.views ?? []).length === 0) sheet.views = [selected({}, true)];
  const index = workbook.worksheets.indexOf(sheet);
  const [first, ...rest] = workbook.views ?? [];
  workbook.views = [
    {
      ...(first ?? { x: 0, y: 0, width: 20000, height: 12000, visibility: "visible" }),
      firstSheet: 0,
      activeTab: index,
    },
    ...rest,
  ];
}

/** A sheet view with its tab selected or not: ExcelJS reads and writes `tabSelected`, though its types leave it out. */
function selected(view: Partial<WorksheetView>, tabSelected: boolean): Partial<WorksheetView> {
  return Object.assign({}, view, { tabSelected });
}
