/**
 * Builds a unit's filled report workbook with ExcelJS directly — not through the template
 * writer — so reader tests are not circular. The layout can vary the way real submissions do
 * (shifted or reversed tables, labels without diacritics or in capitals, "Label:" with a gap
 * before the value, text dates, extra sheets, …) and typical defects can be seeded; every
 * seeded defect is returned with the cell it lands on, so tests assert findings at exact cells.
 */
import type { Worksheet } from "exceljs";
import { toA1 } from "../../src/core/grid/address";
import { defaultRules, type Rules } from "../../src/core/rules";
import { foldText } from "../../src/core/text/foldText";
import { writeInput } from "./writeInput";
import { validUnitValues, type CellInput, type UnitValues } from "./validUnitValues";

export { validUnitValues, type CellInput, type UnitValues } from "./validUnitValues";

/** How the workbook departs from the form's own layout. Every variation is off by default. */
export interface UnitLayout {
  /** Empty columns before everything on both sheets (a shifted table). */
  readonly columnOffset?: number;
  /** Empty rows before everything on both sheets. */
  readonly rowOffset?: number;
  /** The table columns in reverse order (Ghi chú first, STT last). */
  readonly reversedColumns?: boolean;
  /** "exact" as the form writes them; "plain" without diacritics; "capitals"; or both. */
  readonly labels?: "exact" | "plain" | "capitals" | "plain-capitals";
  /** Header labels written "Mã đơn vị:" with an empty cell between label and value. */
  readonly colonGap?: boolean;
  /** Dates as date cells (default) or as day-first text "08/01/2021". */
  readonly dates?: "date" | "text";
  /** ChamDiem before BaoCao. */
  readonly reversedSheets?: boolean;
  /** Sheets added before the form's sheets, each with a line of text. */
  readonly extraSheets?: readonly string[];
  /** Section title rows (empty Mã số) in the indicator table; default true. */
  readonly sections?: boolean;
  /** Titles merged across the table's width; default true. */
  readonly mergedTitle?: boolean;
  /** Figures as number cells (default) or as Vietnamese text ("2.686", "216,8", "1,6 tỷ"). */
  readonly numbers?: "number" | "text";
  /** A `Tổng cộng` row under the criteria, with SUM formulas and their values; default true. */
  readonly totalRow?: boolean;
}

/** The defects a test can seed, each on one cell (or one sheet, for a missing row). */
export type UnitDefect =
  | "not-a-number"
  | "women-over-members"
  | "members-over-employees"
  | "score-over-max"
  | "missing-criterion"
  | "duplicate-code"
  | "ref-error"
  | "formula-without-value"
  | "negative-count"
  | "fraction-of-person"
  | "wrong-period"
  | "formula-like-name";

/** What to build. */
export interface UnitWorkbookSpec {
  readonly unitCode: string;
  readonly unitName: string;
  readonly period: string;
  readonly cluster?: string;
  readonly founded?: Date;
  /** Default 15 December of the period's (last) year. */
  readonly reportDate?: Date;
  /** Default the rules' form version; null leaves the field out. */
  readonly formVersion?: string | null;
  /** Default `validUnitValues(1, rules)`. */
  readonly values?: UnitValues;
  /** Default `defaultRules`. */
  readonly rules?: Rules;
  readonly layout?: UnitLayout;
  readonly defects?: readonly UnitDefect[];
  /** Fixed creation date of the workbook (for reproducible files); default 1 January 2025. */
  readonly created?: Date;
  /**
   * Rows of an optional sheet DeNghiKhenThuong, written after ChamDiem in the layout's label
   * style, offsets and column order; no sheet when absent.
   */
  readonly proposals?: readonly ProposalSpec[];
}

/**
 * One row of the proposals sheet, written exactly as given (a value left out is a blank cell):
 * `subject` Cá nhân / Tập thể, `award` as a unit types it, `kind` Thường xuyên / Chuyên đề.
 */
export interface ProposalSpec {
  readonly name?: CellInput;
  readonly subject?: CellInput;
  readonly position?: CellInput;
  readonly award?: CellInput;
  readonly kind?: CellInput;
  readonly achievement?: CellInput;
}

/** The built workbook. */
export interface UnitWorkbook {
  readonly bytes: Uint8Array;
  /** Where each seeded defect landed: "BaoCao!F14", or just the sheet for a missing row. */
  readonly cells: Partial<Record<UnitDefect, string>>;
  /**
   * Where every value was written: `field:<label>` (the header field's value cell, by its
   * exact form label), `target:<code>`, `actual:<code>`, `self:<code>`, `appraised:<code>`,
   * `total:self`, `code:<code>` (an indicator's Mã số cell), `proposal:<n>:<column>` (the
   * n-th proposal's cell, from 1; columns name, subject, position, award, kind, achievement)
   * → "BaoCao!F14".
   */
  readonly cellOf: Readonly<Record<string, string>>;
}

export const REPORT_SHEET = "BaoCao";
export const SCORE_SHEET = "ChamDiem";
export const PROPOSALS_SHEET = "DeNghiKhenThuong";

/** The form's labels, exactly; the layout decides how they are written. */
export const LABELS = {
  unitCode: "Mã đơn vị",
  unitName: "Tên công đoàn cơ sở",
  period: "Kỳ báo cáo",
  cluster: "Cụm thi đua",
  founded: "Ngày thành lập",
  reportDate: "Ngày báo cáo",
  formVersion: "Phiên bản mẫu",
  no: "STT",
  code: "Mã số",
  indicator: "Chỉ tiêu",
  unit: "Đơn vị tính",
  target: "Kế hoạch",
  actual: "Thực hiện",
  note: "Ghi chú",
  criterion: "Tiêu chí",
  maxPoints: "Điểm chuẩn",
  selfScore: "Tự chấm",
  appraisedScore: "Thẩm định",
  total: "Tổng cộng",
  proposalName: "Họ và tên / Tên tập thể",
  subject: "Đối tượng",
  position: "Chức vụ, đơn vị công tác",
  award: "Hình thức đề nghị",
  kind: "Loại",
  achievement: "Thành tích",
} as const;

const REPORT_COLUMNS = ["no", "code", "indicator", "unit", "target", "actual", "note"] as const;
const SCORE_COLUMNS = [
  "code",
  "criterion",
  "maxPoints",
  "selfScore",
  "appraisedScore",
  "note",
] as const;

const PROPOSAL_COLUMNS = [
  "no",
  "proposalName",
  "subject",
  "position",
  "award",
  "kind",
  "achievement",
] as const;

const SECTION_TITLES: Readonly<Record<string, string>> = {
  DV: "I. ĐOÀN VIÊN VÀ NGƯỜI LAO ĐỘNG",
  CL: "II. CHĂM LO ĐỜI SỐNG ĐOÀN VIÊN",
  TD: "III. PHONG TRÀO THI ĐUA",
  XD: "IV. XÂY DỰNG ĐẢNG",
  CB: "V. ĐÀO TẠO CÁN BỘ",
};

/** Builds the workbook described by `spec`; see {@link UnitWorkbook} for what comes back. */
export async function makeUnitWorkbook(spec: UnitWorkbookSpec): Promise<UnitWorkbook> {
  const ExcelJS = (await import("exceljs")).default;
  const rules = spec.rules ?? defaultRules;
  const layout = spec.layout ?? {};
  const defects = new Set(spec.defects ?? []);
  const values = applyValueDefects(spec.values ?? validUnitValues(1, rules), rules, defects);
  const cells: Partial<Record<UnitDefect, string>> = {};
  const cellOf: Record<string, string> = {};
  const put = (sheet: Worksheet, row: number, col: number, value: CellInput | undefined) => {
    if (value === undefined) return;
    writeInput(sheet.getCell(row, col), value, layout);
  };
  const address = (sheet: Worksheet, row: number, col: number) =>
    `${sheet.name}!${toA1(row - 1, col - 1)}`;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "test";
  workbook.created = spec.created ?? new Date(Date.UTC(2025, 0, 1));
  workbook.modified = workbook.created;
  for (const name of layout.extraSheets ?? []) {
    workbook.addWorksheet(name).getCell("A1").value = `Ghi chú của đơn vị (${name})`;
  }
  const order = layout.reversedSheets ? [SCORE_SHEET, REPORT_SHEET] : [REPORT_SHEET, SCORE_SHEET];
  const sheets = new Map(order.map((name) => [name, workbook.addWorksheet(name)]));
  const report = sheets.get(REPORT_SHEET)!;
  const scores = sheets.get(SCORE_SHEET)!;

  const r0 = 1 + (layout.rowOffset ?? 0);
  const c0 = 1 + (layout.columnOffset ?? 0);
  const label = (text: string) => styleLabel(text, layout.labels ?? "exact");

  // BaoCao: title, header fields, indicator table.
  writeTitle(
    report,
    r0,
    c0,
    REPORT_COLUMNS.length,
    "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ",
    layout,
  );
  const period = defects.has("wrong-period") ? otherPeriod(spec.period) : spec.period;
  const unitName = defects.has("formula-like-name")
    ? `=HYPERLINK("http://example.com","${spec.unitName}")`
    : spec.unitName;
  const fields: Array<[keyof typeof LABELS, CellInput | undefined]> = [
    ["unitCode", spec.unitCode],
    ["unitName", unitName],
    ["period", period],
    ["cluster", spec.cluster],
    ["founded", spec.founded],
    ["reportDate", spec.reportDate ?? defaultReportDate(spec.period)],
  ];
  const version = spec.formVersion === undefined ? rules.formVersion : spec.formVersion;
  if (version !== null) fields.push(["formVersion", version]);
  let row = r0 + 2;
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    const labelCell = report.getCell(row, c0);
    labelCell.value = label(LABELS[key]) + (layout.colonGap ? ":" : "");
    const valueCol = c0 + (layout.colonGap ? 2 : 1);
    // Text values are written as they come: a formula-like name stays text.
    put(report, row, valueCol, value);
    cellOf[`field:${LABELS[key]}`] = address(report, row, valueCol);
    row += 1;
  }
  if (defects.has("wrong-period")) cells["wrong-period"] = cellOf[`field:${LABELS.period}`];
  if (defects.has("formula-like-name"))
    cells["formula-like-name"] = cellOf[`field:${LABELS.unitName}`];

  row += 1;
  const reportCol = columnPlacer(REPORT_COLUMNS, c0, layout.reversedColumns ?? false);
  REPORT_COLUMNS.forEach((key) => (report.getCell(row, reportCol(key)).value = label(LABELS[key])));
  const indicatorRows = [...rules.indicators];
  let lastPrefix = "";
  let number = 0;
  for (const indicator of indicatorRows) {
    const prefix = /^[A-Za-z]*/.exec(indicator.code)?.[0] ?? "";
    if ((layout.sections ?? true) && prefix !== lastPrefix) {
      row += 1;
      report.getCell(row, reportCol("indicator")).value = SECTION_TITLES[prefix] ?? "CHỈ TIÊU KHÁC";
      lastPrefix = prefix;
    }
    row += 1;
    number += 1;
    writeIndicatorRow(report, row, reportCol, number, indicator, values, layout);
    cellOf[`code:${indicator.code}`] = address(report, row, reportCol("code"));
    cellOf[`target:${indicator.code}`] = address(report, row, reportCol("target"));
    cellOf[`actual:${indicator.code}`] = address(report, row, reportCol("actual"));
    if (defects.has("duplicate-code") && indicator.code === DUPLICATED) {
      row += 1;
      writeIndicatorRow(report, row, reportCol, number, indicator, values, layout);
      cells["duplicate-code"] = address(report, row, reportCol("code"));
    }
  }
  for (const [defect, code] of ACTUAL_DEFECTS) {
    if (defects.has(defect)) cells[defect] = cellOf[`actual:${code}`];
  }

  // ChamDiem: title, criteria table, total row.
  writeTitle(scores, r0, c0, SCORE_COLUMNS.length, "BẢNG TỰ CHẤM ĐIỂM THI ĐUA", layout);
  row = r0 + 2;
  const scoreCol = columnPlacer(SCORE_COLUMNS, c0, layout.reversedColumns ?? false);
  SCORE_COLUMNS.forEach((key) => (scores.getCell(row, scoreCol(key)).value = label(LABELS[key])));
  const criteria = defects.has("missing-criterion") ? rules.criteria.slice(0, -1) : rules.criteria;
  if (defects.has("missing-criterion")) cells["missing-criterion"] = SCORE_SHEET;
  const firstCriterionRow = row + 1;
  const sums = { maxPoints: 0, selfScore: 0, appraisedScore: 0 };
  for (const criterion of criteria) {
    row += 1;
    const score = values.scores[criterion.code] ?? {};
    scores.getCell(row, scoreCol("code")).value = criterion.code;
    scores.getCell(row, scoreCol("criterion")).value = criterion.label;
    put(scores, row, scoreCol("maxPoints"), criterion.maxPoints);
    put(scores, row, scoreCol("selfScore"), score.self);
    put(scores, row, scoreCol("appraisedScore"), score.appraised);
    sums.maxPoints += criterion.maxPoints;
    sums.selfScore += numeric(score.self);
    sums.appraisedScore += numeric(score.appraised);
    cellOf[`self:${criterion.code}`] = address(scores, row, scoreCol("selfScore"));
    cellOf[`appraised:${criterion.code}`] = address(scores, row, scoreCol("appraisedScore"));
  }
  if (defects.has("score-over-max")) cells["score-over-max"] = cellOf[`self:${OVER_MAX}`];
  if (layout.totalRow ?? true) {
    row += 1;
    scores.getCell(row, scoreCol("criterion")).value = label(LABELS.total);
    for (const key of ["maxPoints", "selfScore", "appraisedScore"] as const) {
      const letters = toA1(0, scoreCol(key) - 1).replace(/\d+$/, "");
      scores.getCell(row, scoreCol(key)).value = {
        formula: `SUM(${letters}${firstCriterionRow}:${letters}${row - 1})`,
        result: Math.round(sums[key] * 100) / 100,
      };
    }
    cellOf["total:self"] = address(scores, row, scoreCol("selfScore"));
  }

  if (spec.proposals) {
    const sheet = workbook.addWorksheet(PROPOSALS_SHEET);
    writeTitle(sheet, r0, c0, PROPOSAL_COLUMNS.length, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", layout);
    row = r0 + 2;
    const col = columnPlacer(PROPOSAL_COLUMNS, c0, layout.reversedColumns ?? false);
    PROPOSAL_COLUMNS.forEach((key) => (sheet.getCell(row, col(key)).value = label(LABELS[key])));
    spec.proposals.forEach((proposal, i) => {
      row += 1;
      sheet.getCell(row, col("no")).value = i + 1;
      const cells: Array<[string, (typeof PROPOSAL_COLUMNS)[number], CellInput | undefined]> = [
        ["name", "proposalName", proposal.name],
        ["subject", "subject", proposal.subject],
        ["position", "position", proposal.position],
        ["award", "award", proposal.award],
        ["kind", "kind", proposal.kind],
        ["achievement", "achievement", proposal.achievement],
      ];
      for (const [key, column, value] of cells) {
        put(sheet, row, col(column), value);
        cellOf[`proposal:${i + 1}:${key}`] = address(sheet, row, col(column));
      }
    });
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), cells, cellOf };
}

/** The indicator each single-cell defect is seeded on. */
const ACTUAL_DEFECTS: ReadonlyArray<readonly [UnitDefect, string]> = [
  ["not-a-number", "CL02"],
  ["women-over-members", "DV03"],
  ["members-over-employees", "DV02"],
  ["ref-error", "TD03"],
  ["formula-without-value", "CL04"],
  ["negative-count", "DV05"],
  ["fraction-of-person", "DV04"],
];
const DUPLICATED = "XD02";
const OVER_MAX = "TC2";

function applyValueDefects(
  values: UnitValues,
  rules: Rules,
  defects: ReadonlySet<UnitDefect>,
): UnitValues {
  const indicators = { ...values.indicators };
  const scores = { ...values.scores };
  const actual = (code: string) => numeric(indicators[code]?.actual);
  const set = (code: string, value: CellInput) => {
    if (!rules.indicators.some((i) => i.code === code))
      throw new Error(`the rules have no indicator ${code}`);
    indicators[code] = { ...indicators[code], actual: value };
  };
  if (defects.has("members-over-employees")) set("DV02", actual("DV01") + 3);
  if (defects.has("women-over-members")) set("DV03", actual("DV02") + 7);
  if (defects.has("not-a-number")) set("CL02", "khoảng 20");
  if (defects.has("ref-error")) set("TD03", { formula: "#REF!*2", result: { error: "#REF!" } });
  if (defects.has("formula-without-value")) set("CL04", { formula: "SUM(1,2)" });
  if (defects.has("negative-count")) set("DV05", -3);
  if (defects.has("fraction-of-person")) set("DV04", 2.5);
  if (defects.has("score-over-max")) {
    const criterion = rules.criteria.find((c) => c.code === OVER_MAX);
    if (!criterion) throw new Error(`the rules have no criterion ${OVER_MAX}`);
    scores[OVER_MAX] = { ...scores[OVER_MAX], self: criterion.maxPoints + 5 };
  }
  return { indicators, scores };
}

function writeIndicatorRow(
  sheet: Worksheet,
  row: number,
  col: (key: (typeof REPORT_COLUMNS)[number]) => number,
  number: number,
  indicator: Rules["indicators"][number],
  values: UnitValues,
  layout: UnitLayout,
): void {
  const figures = values.indicators[indicator.code] ?? {};
  sheet.getCell(row, col("no")).value = number;
  sheet.getCell(row, col("code")).value = indicator.code;
  sheet.getCell(row, col("indicator")).value = indicator.label;
  sheet.getCell(row, col("unit")).value = indicator.unit;
  if (figures.target !== undefined)
    writeInput(sheet.getCell(row, col("target")), figures.target, layout, indicator.unit);
  if (figures.actual !== undefined)
    writeInput(sheet.getCell(row, col("actual")), figures.actual, layout, indicator.unit);
}

function writeTitle(
  sheet: Worksheet,
  row: number,
  col: number,
  width: number,
  title: string,
  layout: UnitLayout,
): void {
  sheet.getCell(row, col).value = title;
  if (layout.mergedTitle ?? true) sheet.mergeCells(row, col, row, col + width - 1);
}

function columnPlacer<K extends string>(
  keys: readonly K[],
  c0: number,
  reversed: boolean,
): (key: K) => number {
  return (key) => {
    const i = keys.indexOf(key);
    return c0 + (reversed ? keys.length - 1 - i : i);
  };
}

function styleLabel(label: string, style: NonNullable<UnitLayout["labels"]>): string {
  const plain = style === "plain" || style === "plain-capitals" ? withoutDiacritics(label) : label;
  return style === "capitals" || style === "plain-capitals" ? plain.toUpperCase() : plain;
}

function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

function numeric(value: CellInput | undefined): number {
  return typeof value === "number" ? value : 0;
}

/** The same kind of period, one year earlier ("Năm 2024" → "Năm 2023"). */
export function otherPeriod(period: string): string {
  let changed = false;
  const shifted = period.replace(/\d{4}/g, (year) => {
    changed = true;
    return String(Number(year) - 1);
  });
  return changed ? shifted : "Năm 2000";
}

/** Two weeks before the period ends: 15 June for a first half year, else 15 December. */
function defaultReportDate(period: string): Date {
  const years = period.match(/\d{4}/g) ?? ["2024"];
  const last = Number(years[years.length - 1]);
  const firstHalf = foldText(period).includes("6 thang dau");
  return new Date(Date.UTC(last, firstHalf ? 5 : 11, 15));
}
