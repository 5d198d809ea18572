import type { TableSheet } from "../excel/tableSheet";
import {
  figureChange,
  periodInSentence,
  type FigureChange,
  type PeriodComparison,
  type UnitComparison,
} from "../../core/comparison";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod } from "../../core/period";
import type { ClassCode, Indicator } from "../../core/rules";
import type { ResultContext, ResultSheet } from "./resultSheet";
import { finishTable, mergeStyled, putNumber, putText, writeLine, writeTitle } from "./tableLayout";
import { figureKind, type CellKind } from "./tableStyles";

/** Where sheet So sánh puts things (1-based rows and columns). */
export const COMPARISON_LAYOUT = {
  titleRow: 1,
  /** Indicator codes and labels on the first, Chênh lệch / Tỷ lệ thay đổi on the second. */
  headerRows: { first: 3, last: 4 },
  firstDataRow: 5,
  columns: {
    no: 1,
    code: 2,
    name: 3,
    cluster: 4,
    previousScore: 5,
    currentScore: 6,
    scoreChange: 7,
    previousRank: 8,
    currentRank: 9,
    rankChange: 10,
    previousClass: 11,
    currentClass: 12,
    move: 13,
  },
  /** Each compared indicator takes two columns from here: its change and rate of change. */
  firstIndicatorColumn: 14,
  /** The province's table below the units: labels across A:C, then these columns. */
  province: {
    labelColumns: { first: 1, last: 3 },
    columns: {
      unit: 4,
      previous: 5,
      current: 6,
      change: 7,
      changeRate: 8,
      previousAttainment: 9,
      currentAttainment: 10,
    },
  },
} as const;

const CLASSES: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/**
 * Sheet So sánh of the result workbook when a previous period is given (`--previous`): one row
 * per unit of either period (the current period's units by rank, then those only in the
 * previous one) with its score, rank and class in both periods, their changes (a rank change
 * above 0 is a move up), how its class moved, and the change and rate of change of each
 * indicator compared; then the province's table: units consolidated, units per class and every
 * indicator's total in both periods, its change, rate of change and attainment. Names, codes
 * and clusters are written as text, never as formulas.
 *
 * @example
 * const bytes = await writeResultWorkbook(result, rules, { extraSheets: [comparisonSheet(comparison)] });
 */
export function comparisonSheet(comparison: PeriodComparison): ResultSheet {
  return {
    name: text("comparison.sheet", "vi"),
    write: (sheet, context) => writeComparisonSheet(sheet, context, comparison),
  };
}

function writeComparisonSheet(
  sheet: TableSheet,
  context: ResultContext,
  comparison: PeriodComparison,
): void {
  const { lang, rules } = context;
  const { columns, headerRows, firstDataRow, firstIndicatorColumn } = COMPARISON_LAYOUT;
  const byCode = new Map(rules.indicators.map((i) => [i.code, i]));
  const indicators = comparison.indicators.flatMap((code) => {
    const indicator = byCode.get(code);
    return indicator ? [indicator] : [];
  });
  const lastColumn = firstIndicatorColumn + indicators.length * 2 - 1;
  const before = periodInSentence(comparison.previousPeriod, lang);
  const after = periodInSentence(comparison.currentPeriod, lang);

  writeTitle(
    sheet,
    COMPARISON_LAYOUT.titleRow,
    Math.max(lastColumn, columns.move),
    text("comparison.title", lang, {
      period: formatPeriod(comparison.currentPeriod).toLocaleUpperCase("vi"),
      previous: formatPeriod(comparison.previousPeriod).toLocaleUpperCase("vi"),
    }),
  );
  const col = (id: Parameters<typeof text>[0], period: string) =>
    text("comparison.col.before", lang, { what: text(id, lang), period });
  const fixed: string[] = [
    text("result.col.no", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.cluster", lang),
    col("result.col.score", before),
    col("result.col.score", after),
    text("comparison.col.change", lang),
    col("result.col.rank", before),
    col("result.col.rank", after),
    text("comparison.col.rank-change", lang),
    col("result.col.class", before),
    col("result.col.class", after),
    text("comparison.col.move", lang),
  ];
  fixed.forEach((label, k) => {
    putText(sheet.getCell(headerRows.first, k + 1), label, "text", "header");
    putText(sheet.getCell(headerRows.last, k + 1), null, "text", "header");
    mergeStyled(sheet, headerRows.first, k + 1, headerRows.last, k + 1);
  });
  indicators.forEach((indicator, k) => {
    const left = firstIndicatorColumn + k * 2;
    putText(
      sheet.getCell(headerRows.first, left),
      text("result.col.indicator", lang, {
        code: indicator.code,
        label: indicator.label,
        unit: indicator.unit,
      }),
      "text",
      "header",
    );
    putText(sheet.getCell(headerRows.first, left + 1), null, "text", "header");
    mergeStyled(sheet, headerRows.first, left, headerRows.first, left + 1);
    putText(
      sheet.getCell(headerRows.last, left),
      text("comparison.col.change", lang),
      "text",
      "header",
    );
    putText(
      sheet.getCell(headerRows.last, left + 1),
      text("comparison.col.change-rate", lang),
      "text",
      "header",
    );
  });

  comparison.units.forEach((unit, k) => {
    writeUnitRow(sheet, firstDataRow + k, k + 1, unit, indicators, lang);
  });
  const lastUnitRow = firstDataRow + comparison.units.length - 1;
  const provinceTitleRow = Math.max(lastUnitRow, headerRows.last) + 2;
  writeProvince(sheet, provinceTitleRow, comparison, indicators, lang, before, after);

  finishTable(sheet, {
    headerRows,
    frozenColumns: columns.name,
    filter: { lastRow: lastUnitRow, lastColumn: Math.max(lastColumn, columns.move) },
    widths: { min: 6, max: 40, skipRows: [COMPARISON_LAYOUT.titleRow, provinceTitleRow] },
    pagesWide: 0,
  });
  // Indicator headers are long above short figures: a readable minimum, wrapped.
  for (let c = firstIndicatorColumn; c <= lastColumn; c++) {
    const column = sheet.getColumn(c);
    column.width = Math.max(column.width ?? 0, 12);
  }
  sheet.getRow(headerRows.first).height = 62;
}

function writeUnitRow(
  sheet: TableSheet,
  rowNumber: number,
  no: number,
  unit: UnitComparison,
  indicators: readonly Indicator[],
  lang: Lang,
): void {
  const { columns, firstIndicatorColumn } = COMPARISON_LAYOUT;
  const row = sheet.getRow(rowNumber);
  putNumber(row.getCell(columns.no), no, "centre");
  putText(row.getCell(columns.code), unit.code, "centre");
  putText(row.getCell(columns.name), unit.name);
  putText(row.getCell(columns.cluster), unit.cluster);
  putNumber(row.getCell(columns.previousScore), unit.previous?.score, "score");
  putNumber(row.getCell(columns.currentScore), unit.current?.score, "score");
  putNumber(row.getCell(columns.scoreChange), unit.scoreChange, "score");
  putNumber(row.getCell(columns.previousRank), unit.previous?.rank, "centre");
  putNumber(row.getCell(columns.currentRank), unit.current?.rank, "centre");
  putNumber(row.getCell(columns.rankChange), unit.rankChange, "centre");
  putText(row.getCell(columns.previousClass), unit.previous?.classification, "centre");
  putText(row.getCell(columns.currentClass), unit.current?.classification, "centre");
  putText(row.getCell(columns.move), moveText(unit, lang), "centre");
  indicators.forEach((indicator, k) => {
    const change = unit.indicators[indicator.code];
    const left = firstIndicatorColumn + k * 2;
    putNumber(row.getCell(left), change?.change, changeKind(indicator));
    putNumber(row.getCell(left + 1), change?.changeRate, "percent");
  });
}

function moveText(unit: UnitComparison, lang: Lang): string | null {
  if (unit.previous === null) return text("comparison.move.class.new", lang);
  if (unit.current === null) return text("comparison.move.class.gone", lang);
  return unit.classMove === null ? null : text(`comparison.move.class.${unit.classMove}`, lang);
}

/** A yes/no figure's change is a number of units (or ±1 for one unit): a count. */
function changeKind(indicator: Indicator): CellKind {
  return indicator.kind === "yesno" ? "count" : figureKind(indicator);
}

function writeProvince(
  sheet: TableSheet,
  titleRow: number,
  comparison: PeriodComparison,
  indicators: readonly Indicator[],
  lang: Lang,
  before: string,
  after: string,
): void {
  const { labelColumns, columns } = COMPARISON_LAYOUT.province;
  writeLine(sheet, titleRow, text("comparison.province-heading", lang), "heading");
  const headerRow = titleRow + 1;
  const header: [number, string][] = [
    [labelColumns.first, text("comparison.col.item", lang)],
    [columns.unit, text("comparison.col.unit-of-measure", lang)],
    [columns.previous, formatPeriod(comparison.previousPeriod)],
    [columns.current, formatPeriod(comparison.currentPeriod)],
    [columns.change, text("comparison.col.change", lang)],
    [columns.changeRate, text("comparison.col.change-rate", lang)],
    [columns.previousAttainment, text("comparison.col.attainment", lang, { period: before })],
    [columns.currentAttainment, text("comparison.col.attainment", lang, { period: after })],
  ];
  for (const [column, label] of header) {
    putText(sheet.getCell(headerRow, column), label, "text", "header");
  }
  mergeStyled(sheet, headerRow, labelColumns.first, headerRow, labelColumns.last);

  const units = text("comparison.unit.units", lang);
  const counts = comparison.province;
  const rows: { label: string; unit: string; figure: FigureChange; kind: CellKind }[] = [
    {
      label: text("comparison.row.units", lang),
      unit: units,
      figure: countFigure(counts.units),
      kind: "count",
    },
    ...CLASSES.map((c) => ({
      label: text(`class.${c}`, lang),
      unit: units,
      figure: countFigure(counts.classes[c]),
      kind: "count" as const,
    })),
    ...indicators.flatMap((indicator) => {
      const figure = counts.indicators[indicator.code];
      return figure
        ? [
            {
              label: text("result.col.indicator", lang, {
                code: indicator.code,
                label: indicator.label,
                unit: indicator.unit,
              }),
              unit: indicator.kind === "yesno" ? units : indicator.unit,
              figure,
              kind: changeKind(indicator),
            },
          ]
        : [];
    }),
  ];
  rows.forEach(({ label, unit, figure, kind }, k) => {
    const row = headerRow + 1 + k;
    putText(sheet.getCell(row, labelColumns.first), label, "wrap");
    for (let c = labelColumns.first + 1; c <= labelColumns.last; c++) {
      putText(sheet.getCell(row, c), null, "wrap");
    }
    mergeStyled(sheet, row, labelColumns.first, row, labelColumns.last);
    putText(sheet.getCell(row, columns.unit), unit, "centre");
    putNumber(sheet.getCell(row, columns.previous), figure.previous, kind);
    putNumber(sheet.getCell(row, columns.current), figure.current, kind);
    putNumber(sheet.getCell(row, columns.change), figure.change, kind);
    putNumber(sheet.getCell(row, columns.changeRate), figure.changeRate, "percent");
    putNumber(sheet.getCell(row, columns.previousAttainment), figure.previousAttainment, "percent");
    putNumber(sheet.getCell(row, columns.currentAttainment), figure.currentAttainment, "percent");
  });
}

function countFigure(count: { previous: number; current: number }): FigureChange {
  return figureChange(
    { value: count.previous, attainment: null },
    { value: count.current, attainment: null },
  );
}
