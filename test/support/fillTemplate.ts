import type { Cell, Worksheet } from "exceljs";
import { labelsEqual } from "../../src/core/text/normalizeLabel";
import { LABELS, REPORT_SHEET, SCORE_SHEET } from "./unitWorkbook";
import type { CellInput, UnitValues } from "./validUnitValues";
import { writeInput, type InputStyle } from "./writeInput";

/** Header fields to fill in, by the same names as the template's options. */
export interface HeaderFill {
  readonly unitCode?: CellInput;
  readonly unitName?: CellInput;
  readonly period?: CellInput;
  readonly cluster?: CellInput;
  readonly founded?: CellInput;
  readonly reportDate?: CellInput;
}

/**
 * Fills a template's input cells the way a unit would, finding every place by its label
 * (never by position): header values to the right of their labels, figures in the Kế hoạch
 * and Thực hiện columns of the row whose Mã số is the indicator's code, scores in the Tự chấm
 * and Thẩm định columns of the criterion's row. Throws when a label, code or column the
 * values need is not in the workbook: that is a broken template, not a finding.
 */
export async function fillTemplate(
  bytes: Uint8Array,
  values: UnitValues,
  header: HeaderFill = {},
  style: InputStyle = {},
): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const report = sheetNamed(workbook.worksheets, REPORT_SHEET);
  const scores = sheetNamed(workbook.worksheets, SCORE_SHEET);

  for (const [key, value] of Object.entries(header) as Array<
    [keyof HeaderFill, CellInput | undefined]
  >) {
    if (value === undefined) continue;
    writeInput(valueCellOf(report, LABELS[key]), value, style);
  }

  const table = findTable(report, [LABELS.code, LABELS.target, LABELS.actual, LABELS.unit]);
  for (const [code, figures] of Object.entries(values.indicators)) {
    const row = rowOfCode(report, table, code);
    const unit = String(report.getCell(row, table.columns[3]!).value ?? "");
    if (figures.target !== undefined)
      writeInput(report.getCell(row, table.columns[1]!), figures.target, style, unit);
    if (figures.actual !== undefined)
      writeInput(report.getCell(row, table.columns[2]!), figures.actual, style, unit);
  }

  const scoreTable = findTable(scores, [LABELS.code, LABELS.selfScore, LABELS.appraisedScore]);
  for (const [code, score] of Object.entries(values.scores)) {
    const row = rowOfCode(scores, scoreTable, code);
    if (score.self !== undefined)
      writeInput(scores.getCell(row, scoreTable.columns[1]!), score.self, style);
    if (score.appraised !== undefined) {
      writeInput(scores.getCell(row, scoreTable.columns[2]!), score.appraised, style);
    }
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

interface FoundTable {
  readonly headerRow: number;
  /** 1-based columns of the labels asked for, in the order asked. */
  readonly columns: readonly number[];
}

function sheetNamed(sheets: readonly Worksheet[], name: string): Worksheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function textOf(cell: Cell): string | undefined {
  return typeof cell.value === "string" ? cell.value : undefined;
}

/** The cell holding `label`, skipping the other cells of its merge. */
function findLabel(sheet: Worksheet, label: string): Cell | undefined {
  let found: Cell | undefined;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = textOf(cell);
      if (!found && cell.master === cell && value !== undefined && labelsEqual(value, label))
        found = cell;
    });
  });
  return found;
}

/** The first cell right of a header label that is not merged into the label. */
function valueCellOf(sheet: Worksheet, label: string): Cell {
  const labelCell = findLabel(sheet, label);
  if (!labelCell) throw new Error(`no label ${label} on ${sheet.name}`);
  const row = Number(labelCell.row);
  for (let col = Number(labelCell.col) + 1; col <= sheet.columnCount + 1; col++) {
    const cell = sheet.getCell(row, col);
    if (cell.master.address !== labelCell.address) return cell;
  }
  throw new Error(`no value cell right of ${label}`);
}

function findTable(sheet: Worksheet, labels: readonly string[]): FoundTable {
  const first = findLabel(sheet, labels[0]!);
  if (!first) throw new Error(`no column ${labels[0]} on ${sheet.name}`);
  const headerRow = Number(first.row);
  const row = sheet.getRow(headerRow);
  const columns = labels.map((label) => {
    for (let col = 1; col <= sheet.columnCount; col++) {
      const value = textOf(row.getCell(col));
      if (value !== undefined && labelsEqual(value, label)) return col;
    }
    throw new Error(`no column ${label} on ${sheet.name}`);
  });
  return { headerRow, columns };
}

function rowOfCode(sheet: Worksheet, table: FoundTable, code: string): number {
  for (let r = table.headerRow + 1; r <= sheet.rowCount; r++) {
    if (textOf(sheet.getCell(r, table.columns[0]!)) === code) return r;
  }
  throw new Error(`no row with code ${code} on ${sheet.name}`);
}
