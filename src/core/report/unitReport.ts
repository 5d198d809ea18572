import type { Cell } from "../grid/cell";
import type { CriterionColumn, FieldKey, IndicatorColumn, ProposalColumn } from "./reportForm";

/**
 * One cell of a submission as found: the sheet's name as the workbook spells it, the cell's
 * A1 address, and what the cell holds (undefined for a blank cell). Every value the checks read
 * carries its position, so a finding can point at it and the Excel adapter can mark it.
 */
export interface ReportCell {
  readonly sheet: string;
  readonly address: string;
  readonly cell: Cell | undefined;
}

/** A header field: the cell holding its label, and its value cell (null when nothing is right of the label). */
export interface ReportField {
  readonly label: ReportCell;
  readonly value: ReportCell | null;
}

/** One row of a table: its 1-based row number and a cell for every column of the table. */
export interface TableRow<Column extends string> {
  readonly row: number;
  readonly cells: Readonly<Record<Column, ReportCell>>;
}

/** A row of a table keyed by `Mã số`: the code trimmed and upper-cased. */
export interface CodedRow<Column extends string> extends TableRow<Column> {
  readonly code: string;
}

/** A table found by its header row: where the header is, and the column letter of each label. */
export interface ReportTable<Column extends string, Row extends TableRow<Column>> {
  readonly sheet: string;
  /** The header row, 1-based. */
  readonly headerRow: number;
  readonly columns: Readonly<Record<Column, string>>;
  /** The rows below the header that the table counts, in sheet order (repeated codes included). */
  readonly rows: readonly Row[];
}

export type IndicatorRow = CodedRow<IndicatorColumn>;
export type CriterionRow = CodedRow<CriterionColumn>;
export type ProposalRow = TableRow<ProposalColumn>;

export type IndicatorTable = ReportTable<IndicatorColumn, IndicatorRow>;
export interface CriterionTable extends ReportTable<CriterionColumn, CriterionRow> {
  /** The `Tổng cộng` row, checked against the criterion rows and never trusted; null when absent. */
  readonly total: TableRow<CriterionColumn> | null;
}
export type ProposalTable = ReportTable<ProposalColumn, ProposalRow>;

/**
 * Everything a reader found in one submitted workbook, by label and code, with the position and
 * raw content of every cell; nothing is parsed yet. It is the input of validation and of the
 * Excel adapter that marks cells. A part the workbook lacks is null (a missing sheet, a table
 * without its header row) or absent (a header field whose label was not found).
 */
export interface UnitReport {
  readonly file: string;
  /** The actual names of the form's sheets, null when the workbook has no such sheet. */
  readonly sheets: {
    readonly report: string | null;
    readonly score: string | null;
    readonly proposals: string | null;
  };
  readonly fields: Readonly<Partial<Record<FieldKey, ReportField>>>;
  readonly indicators: IndicatorTable | null;
  readonly criteria: CriterionTable | null;
  /** The optional proposals sheet's table: rows with anything besides `STT` filled in. */
  readonly proposals: ProposalTable | null;
}
