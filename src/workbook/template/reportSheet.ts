import type { Cell, DataValidation, Worksheet } from "exceljs";
import { columnLetters } from "../../core/grid/address";
import type { TextId } from "../../core/messages/catalog";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { parseVietnameseDate } from "../../core/numbers";
import type { Rules } from "../../core/rules";
import { setText } from "../excel/setText";
import {
  BOLD,
  FILLS,
  FONT,
  NOTE_FONT,
  NUMBER_FORMATS,
  TABLE_BORDER,
  TITLE_FONT,
  centre,
  dateValidation,
  markInput,
  shortTextValidation,
  styleTableRow,
  validation,
  writeBanner,
  writeTableHeader,
  yesNoValidation,
} from "./cellStyles";
import { romanNumeral } from "./romanNumeral";
import { groupIntoSections } from "./sections";
import type { TemplateOptions } from "./templateOptions";

type Indicator = Rules["indicators"][number];

/**
 * Where the template puts things on sheet BaoCao (1-based rows and columns). Readers never
 * rely on it (they go by labels); tests and `fillTemplate` use it to know what to expect.
 */
export const REPORT_LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  firstFieldRow: 4,
  /** Header field labels sit in A, merged across A:B; their values in C. */
  fieldLabelColumn: 1,
  fieldValueColumn: 3,
  headerRow: 12,
  columns: { no: 1, code: 2, indicator: 3, unit: 4, target: 5, actual: 6, note: 7 },
} as const;

const FIELDS: ReadonlyArray<{
  readonly label: TextId;
  readonly kind: "text" | "date" | "fixed";
  readonly value: (options: TemplateOptions, rules: Rules) => string | Date | undefined;
  readonly prompt?: TextId;
}> = [
  { label: "template.label.unit-code", kind: "text", value: (o) => o.unitCode },
  { label: "template.label.unit-name", kind: "text", value: (o) => o.unitName },
  {
    label: "template.label.period",
    kind: "text",
    value: (o, r) => o.period ?? r.period,
    prompt: "template.prompt.period",
  },
  { label: "template.label.cluster", kind: "text", value: (o) => o.cluster },
  { label: "template.label.founded", kind: "date", value: (o) => o.founded },
  { label: "template.label.report-date", kind: "date", value: (o) => o.reportDate },
  { label: "template.label.form-version", kind: "fixed", value: (_o, r) => r.formVersion },
];

const TABLE_LABELS: readonly TextId[] = [
  "template.label.no",
  "template.label.code",
  "template.label.indicator",
  "template.label.unit",
  "template.label.target",
  "template.label.actual",
  "template.label.note",
];

const WIDTHS = [6, 14, 58, 13, 13, 13, 28];

/**
 * Writes sheet BaoCao: a title, the header fields (label, then value to its right), and the
 * indicator table with a section title row (no code) before each group of indicators.
 * Labels are always the Vietnamese ones: they are what readers match.
 */
export function writeReportSheet(
  sheet: Worksheet,
  rules: Rules,
  options: TemplateOptions,
  lang: Lang,
): void {
  const { columns } = REPORT_LAYOUT;
  const lastColumn = columns.note;
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  writeBanner(sheet, REPORT_LAYOUT.titleRow, lastColumn, text("template.title", "vi"), TITLE_FONT);
  writeBanner(
    sheet,
    REPORT_LAYOUT.subtitleRow,
    lastColumn,
    text("template.subtitle", lang),
    NOTE_FONT,
  );

  FIELDS.forEach((field, i) => {
    const row = REPORT_LAYOUT.firstFieldRow + i;
    sheet.mergeCells(row, REPORT_LAYOUT.fieldLabelColumn, row, REPORT_LAYOUT.fieldValueColumn - 1);
    const label = sheet.getCell(row, REPORT_LAYOUT.fieldLabelColumn);
    setText(label, text(field.label, "vi"));
    label.font = BOLD;
    const cell = sheet.getCell(row, REPORT_LAYOUT.fieldValueColumn);
    cell.font = FONT;
    cell.border = TABLE_BORDER;
    const value = field.value(options, rules);
    if (field.kind === "fixed") {
      if (value !== undefined) writeFieldValue(cell, value, "text");
      return;
    }
    markInput(cell);
    writeFieldValue(cell, value, field.kind);
    cell.dataValidation =
      field.kind === "date"
        ? dateValidation(lang)
        : shortTextValidation(lang, field.prompt ? text(field.prompt, lang) : undefined);
  });

  writeTableHeader(
    sheet,
    REPORT_LAYOUT.headerRow,
    TABLE_LABELS.map((label) => text(label, "vi")),
  );

  const rowOf = new Map<string, number>();
  let row = REPORT_LAYOUT.headerRow;
  let number = 0;
  groupIntoSections(rules.indicators).forEach((section, s) => {
    row += 1;
    writeSectionRow(sheet, row, romanNumeral(s + 1), text(section.title, "vi"));
    for (const indicator of section.items) {
      row += 1;
      number += 1;
      rowOf.set(indicator.code, row);
      writeIndicatorRow(sheet, row, number, indicator);
    }
  });
  // Validations that refer to another row need every row placed first.
  for (const indicator of rules.indicators) {
    const own = rowOf.get(indicator.code);
    if (own === undefined) continue;
    sheet.getCell(own, columns.actual).dataValidation = actualValidation(
      indicator,
      own,
      rowOf,
      rules,
      lang,
    );
    if (indicator.hasTarget && indicator.kind !== "yesno") {
      sheet.getCell(own, columns.target).dataValidation = numberValidation(indicator, lang);
    }
  }

  sheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: REPORT_LAYOUT.headerRow,
      activeCell: `C${REPORT_LAYOUT.firstFieldRow}`,
    },
  ];
}

function writeFieldValue(
  cell: Cell,
  value: string | Date | undefined,
  kind: "text" | "date",
): void {
  if (kind === "date") cell.numFmt = NUMBER_FORMATS.date;
  if (value === undefined) return;
  if (kind === "date") {
    // A day the readers accept is written as a real date; anything else stays the text it was
    // given, for the readers to report.
    const day = parseVietnameseDate(value);
    if (day) {
      cell.value = day;
      return;
    }
  }
  setText(cell, value instanceof Date ? value.toISOString() : value);
  cell.alignment = { horizontal: "left" };
}

function writeSectionRow(sheet: Worksheet, row: number, numeral: string, title: string): void {
  const { columns } = REPORT_LAYOUT;
  styleTableRow(sheet, row, columns.note, [columns.indicator], BOLD);
  const r = sheet.getRow(row);
  for (let c = 1; c <= columns.note; c++) r.getCell(c).fill = FILLS.section;
  setText(r.getCell(columns.no), numeral);
  centre(r.getCell(columns.no));
  setText(r.getCell(columns.indicator), title);
}

function writeIndicatorRow(
  sheet: Worksheet,
  row: number,
  number: number,
  indicator: Indicator,
): void {
  const { columns } = REPORT_LAYOUT;
  styleTableRow(sheet, row, columns.note, [columns.indicator, columns.note]);
  const r = sheet.getRow(row);
  r.getCell(columns.no).value = number;
  setText(r.getCell(columns.code), indicator.code);
  setText(r.getCell(columns.indicator), indicator.label);
  setText(r.getCell(columns.unit), indicator.unit);
  for (const c of [columns.no, columns.code, columns.unit]) centre(r.getCell(c));

  const target = r.getCell(columns.target);
  if (indicator.hasTarget && indicator.kind !== "yesno") {
    markInput(target);
    target.numFmt = numberFormat(indicator);
  } else {
    // The rules hold a yes/no target; other rows have none to give.
    target.fill = FILLS.unused;
  }
  const actual = r.getCell(columns.actual);
  markInput(actual);
  if (indicator.kind === "yesno") centre(actual);
  else actual.numFmt = numberFormat(indicator);
  r.getCell(columns.note).protection = { locked: false };
}

function numberFormat(indicator: Indicator): string {
  if (indicator.integer || indicator.kind === "count") return NUMBER_FORMATS.count;
  return indicator.kind === "money" ? NUMBER_FORMATS.money : NUMBER_FORMATS.number;
}

function numberValidation(indicator: Indicator, lang: Lang): DataValidation {
  if (indicator.integer || indicator.kind === "count") {
    return validation(
      { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
      text("template.validation.count", lang),
      lang,
    );
  }
  if (indicator.kind === "money") {
    return validation(
      { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] },
      text("template.validation.money", lang, { unit: indicator.unit }),
      lang,
    );
  }
  return validation(
    { type: "decimal", operator: "between", formulae: [-1e15, 1e15] },
    text("template.validation.number", lang),
    lang,
  );
}

function actualValidation(
  indicator: Indicator,
  row: number,
  rowOf: ReadonlyMap<string, number>,
  rules: Rules,
  lang: Lang,
): DataValidation {
  if (indicator.kind === "yesno") return yesNoValidation(lang);
  const boundRow = indicator.atMost === undefined ? undefined : rowOf.get(indicator.atMost);
  const bound = rules.indicators.find((other) => other.code === indicator.atMost);
  if (
    boundRow === undefined ||
    bound === undefined ||
    !(indicator.integer || indicator.kind === "count")
  ) {
    return numberValidation(indicator, lang);
  }
  // "Women ≤ members ≤ employees" is checked as the unit types, as long as the bound is a number.
  const col = columnLetters(REPORT_LAYOUT.columns.actual - 1);
  const self = `${col}${row}`;
  const other = `${col}${boundRow}`;
  return validation(
    {
      type: "custom",
      formulae: [
        `AND(ISNUMBER(${self}),${self}>=0,${self}=INT(${self}),OR(NOT(ISNUMBER(${other})),${self}<=${other}))`,
      ],
    },
    text("template.validation.at-most", lang, { code: bound.code, label: bound.label }),
    lang,
  );
}
