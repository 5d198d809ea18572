import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { SheetGrid, WorkbookGrid } from "../grid/cell";
import type { Lang } from "../messages/format";
import { cellText } from "./cellText";
import { findField } from "./findField";
import { findSheet } from "./findSheet";
import { findTableHeader } from "./findTableHeader";
import { formLabelKey } from "./formLabelKey";
import { indexLabels, labelKeys, type LabelIndex } from "./indexLabels";
import { isBlankCell } from "./isBlankCell";
import { readCodedRows } from "./readCodedRows";
import { reportForm, type FieldKey } from "./reportForm";
import { tableRowAt } from "./tableRowAt";
import type {
  CriterionTable,
  IndicatorTable,
  ProposalRow,
  ProposalTable,
  ReportField,
  UnitReport,
} from "./unitReport";
import { columnLetters } from "../grid/address";

/** What {@link extractReport} returns: the report as found, and the findings about its shape. */
export interface ReportExtraction {
  readonly report: UnitReport;
  readonly findings: Finding[];
}

/**
 * Finds the parts of the report form in a workbook by sheet names, labels and codes, never by
 * fixed positions (DOMAIN.md, "The report form, version 1"): the header fields and indicator
 * table of `BaoCao`, the criterion table and total row of `ChamDiem`, and the table of the
 * optional `DeNghiKhenThuong`. Nothing is parsed; each cell is kept with its address. The
 * findings are about the form's shape: `form.sheet-missing`, `form.field-missing`,
 * `form.table-header-missing` (naming the missing columns; a warning on the optional proposals
 * sheet, whose problems never reject a unit), and the warnings `form.version` and
 * `form.version-missing`.
 *
 * @example
 * const { report, findings } = extractReport(grid, "cd001.xlsx");
 * report.fields.unitCode?.value?.address // "C3"
 * report.indicators?.rows.map((row) => row.code) // ["DV01", "DV02", ...]
 * findings.map((f) => f.code) // [] for a complete form
 */
export function extractReport(
  grid: WorkbookGrid,
  file: string,
  lang: Lang = "vi",
): ReportExtraction {
  const findings: Finding[] = [];
  const missingSheet = (name: string) =>
    findings.push(makeFinding("form.sheet-missing", { file }, { name }, lang));

  const reportSheet = findSheet(grid, reportForm.sheets.report);
  const scoreSheet = findSheet(grid, reportForm.sheets.score);
  const proposalSheet = findSheet(grid, reportForm.sheets.proposals);
  if (!reportSheet) missingSheet(reportForm.sheets.report);
  if (!scoreSheet) missingSheet(reportForm.sheets.score);

  const context = { file, lang, findings };
  const reportPart = reportSheet ? readReportSheet(reportSheet, context) : null;
  const report: UnitReport = {
    file,
    sheets: {
      report: reportSheet?.name ?? null,
      score: scoreSheet?.name ?? null,
      proposals: proposalSheet?.name ?? null,
    },
    fields: reportPart?.fields ?? {},
    indicators: reportPart?.indicators ?? null,
    criteria: scoreSheet ? readScoreSheet(scoreSheet, context) : null,
    proposals: proposalSheet ? readProposalSheet(proposalSheet, context) : null,
  };
  return { report, findings };
}

// The labels each sheet is searched for: only these are indexed.
const REPORT_LABELS = labelKeys([
  ...Object.values(reportForm.fields),
  ...Object.values(reportForm.indicatorColumns),
]);
const SCORE_LABELS = labelKeys([
  ...Object.values(reportForm.criterionColumns),
  reportForm.totalLabel,
]);
const PROPOSAL_LABELS = labelKeys(Object.values(reportForm.proposalColumns));

interface ExtractionContext {
  readonly file: string;
  readonly lang: Lang;
  readonly findings: Finding[];
}

function readReportSheet(
  sheet: SheetGrid,
  context: ExtractionContext,
): { fields: Partial<Record<FieldKey, ReportField>>; indicators: IndicatorTable | null } {
  const index = indexLabels(sheet, REPORT_LABELS);
  const fields: Partial<Record<FieldKey, ReportField>> = {};
  const optional: readonly string[] = reportForm.optionalFields;
  for (const [key, label] of Object.entries(reportForm.fields) as [FieldKey, string][]) {
    const field = findField(sheet, index, label);
    if (field) fields[key] = field;
    else if (!optional.includes(key)) {
      context.findings.push(
        makeFinding(
          "form.field-missing",
          { file: context.file, sheet: sheet.name },
          { label },
          context.lang,
        ),
      );
    }
  }
  checkVersion(sheet, fields.formVersion, context);

  const columns = reportForm.indicatorColumns;
  const header = findHeader(sheet, index, columns, context);
  const indicators: IndicatorTable | null = header && {
    sheet: sheet.name,
    headerRow: header.row + 1,
    columns: letters(header.columns),
    rows: readCodedRows(sheet, header.row, header.columns, "code"),
  };
  return { fields, indicators };
}

function checkVersion(
  sheet: SheetGrid,
  field: ReportField | undefined,
  { file, lang, findings }: ExtractionContext,
): void {
  const expected = reportForm.version;
  if (!field?.value) {
    const cell = field?.label.address ?? null;
    findings.push(
      makeFinding("form.version-missing", { file, sheet: sheet.name, cell }, { expected }, lang),
    );
    return;
  }
  const text = cellText(field.value.cell).trim();
  // Case and spacing are no reason to doubt the version: the labels are read the same way.
  if (formLabelKey(text) !== formLabelKey(expected)) {
    const where = { file, sheet: sheet.name, cell: field.value.address };
    findings.push(makeFinding("form.version", where, { text, expected }, lang));
  }
}

function readScoreSheet(sheet: SheetGrid, context: ExtractionContext): CriterionTable | null {
  const index = indexLabels(sheet, SCORE_LABELS);
  const header = findHeader(sheet, index, reportForm.criterionColumns, context);
  if (!header) return null;
  const totalAt = (index.get(formLabelKey(reportForm.totalLabel)) ?? []).find(
    (at) => at.row > header.row,
  );
  const skip = new Set(totalAt ? [totalAt.row] : []);
  return {
    sheet: sheet.name,
    headerRow: header.row + 1,
    columns: letters(header.columns),
    rows: readCodedRows(sheet, header.row, header.columns, "code", skip),
    total: totalAt ? tableRowAt(sheet, totalAt.row, header.columns) : null,
  };
}

function readProposalSheet(sheet: SheetGrid, context: ExtractionContext): ProposalTable | null {
  // The sheet is optional: a broken one loses its proposals, never the unit (DOMAIN.md).
  const header = findHeader(
    sheet,
    indexLabels(sheet, PROPOSAL_LABELS),
    reportForm.proposalColumns,
    context,
    "warning",
  );
  if (!header) return null;
  const rows: ProposalRow[] = [];
  for (let row = header.row + 1; row < sheet.rows.length; row++) {
    const proposal = tableRowAt(sheet, row, header.columns);
    const filled = Object.entries(proposal.cells).some(
      ([column, at]) => column !== "stt" && !isBlankCell(at.cell),
    );
    if (filled) rows.push(proposal);
  }
  return { sheet: sheet.name, headerRow: header.row + 1, columns: letters(header.columns), rows };
}

function findHeader<Column extends string>(
  sheet: SheetGrid,
  index: LabelIndex,
  labels: Readonly<Record<Column, string>>,
  { file, lang, findings }: ExtractionContext,
  severity?: "warning",
): { row: number; columns: Readonly<Record<Column, number>> } | null {
  const header = findTableHeader(index, labels);
  if (header.ok) return header;
  const params = { columns: header.missing.join(", "), required: Object.values(labels).join(", ") };
  findings.push(
    makeFinding("form.table-header-missing", { file, sheet: sheet.name }, params, lang, severity),
  );
  return null;
}

function letters<Column extends string>(
  columns: Readonly<Record<Column, number>>,
): Record<Column, string> {
  const out = {} as Record<Column, string>;
  for (const [column, col] of Object.entries(columns) as [Column, number][]) {
    out[column] = columnLetters(col);
  }
  return out;
}
