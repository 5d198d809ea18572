import type { TableSheet } from "../excel/tableSheet";
import { groupByCluster, type IndicatorTotal, type UnitOutcome } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { Indicator, Rules } from "../../core/rules";
import { displayWidth } from "../excel/columnWidths";
import type { ResultContext, ResultSheet } from "./resultSheet";
import {
  columnRange,
  finishTable,
  mergeStyled,
  putFormula,
  putNumber,
  putText,
  styleEmpty,
  writeHeaderRow,
  writeLine,
  writeTitle,
} from "./tableLayout";
import { figureKind } from "./tableStyles";

/** Where sheet Tổng hợp puts things (1-based rows and columns). */
export const SUMMARY_LAYOUT = {
  titleRow: 1,
  /** Indicator codes and labels on the first, Kế hoạch / Thực hiện on the second. */
  headerRows: { first: 3, last: 4 },
  firstDataRow: 5,
  columns: { no: 1, code: 2, name: 3, cluster: 4 },
  firstIndicatorColumn: 5,
} as const;

/**
 * An indicator's columns on sheet Tổng hợp: its target (only for an indicator with a numeric
 * target) and its actual.
 */
export interface IndicatorColumns {
  readonly indicator: Indicator;
  readonly target: number | null;
  readonly actual: number;
}

/**
 * The indicator columns of sheet Tổng hợp, in the rules' order from column E: an indicator
 * with a numeric target takes two (Kế hoạch, Thực hiện), any other one (Thực hiện). A yes/no
 * indicator's target is Có for every unit, so it has no column of its own.
 *
 * @example
 * summaryColumns(defaultRules).find((c) => c.indicator.code === "DV04") // { target: 8, actual: 9, … }
 */
export function summaryColumns(rules: Pick<Rules, "indicators">): IndicatorColumns[] {
  let column = SUMMARY_LAYOUT.firstIndicatorColumn;
  return rules.indicators.map((indicator) => {
    const target = hasTargetColumn(indicator) ? column++ : null;
    return { indicator, target, actual: column++ };
  });
}

function hasTargetColumn(indicator: Indicator): boolean {
  return indicator.hasTarget && indicator.kind !== "yesno";
}

/**
 * Sheet Tổng hợp: one row per included unit (grouped by cluster, clusters in natural order,
 * then the units in no cluster) with each indicator's target and actual; the province's total
 * row as live formulas (SUM, or COUNTIF of Có for a yes/no indicator) and the attainment row
 * (actual ÷ target, flipped where less is better; a yes/no indicator's share of Có), each
 * with its computed value cached; then each cluster's totals as values.
 */
export const summarySheet: ResultSheet = {
  name: text("result.sheet.summary", "vi"),
  write: writeSummarySheet,
};

function writeSummarySheet(sheet: TableSheet, context: ResultContext): void {
  const { result, rules, lang } = context;
  const { columns, headerRows, firstDataRow } = SUMMARY_LAYOUT;
  const indicatorColumns = summaryColumns(rules);
  const lastColumn = indicatorColumns.at(-1)?.actual ?? columns.cluster;
  const yes = text("result.yes", lang);

  writeTitle(
    sheet,
    SUMMARY_LAYOUT.titleRow,
    lastColumn,
    text("result.summary.title", lang, { period: context.period }),
  );
  writeHeaders(sheet, indicatorColumns, lang);

  const units = unitsInOrder(result.units);
  units.forEach((unit, k) => {
    const row = sheet.getRow(firstDataRow + k);
    putNumber(row.getCell(columns.no), k + 1, "centre");
    putText(row.getCell(columns.code), unit.code, "centre");
    putText(row.getCell(columns.name), unit.name);
    putText(row.getCell(columns.cluster), unit.cluster);
    for (const { indicator, target, actual } of indicatorColumns) {
      const value = unit.indicators?.[indicator.code];
      const kind = figureKind(indicator);
      if (target !== null) putNumber(row.getCell(target), value?.target ?? null, kind);
      const figure = value?.actual ?? null;
      if (typeof figure === "boolean") {
        putText(row.getCell(actual), figure ? yes : text("result.no", lang), "centre");
      } else {
        putNumber(row.getCell(actual), figure, kind);
      }
    }
  });

  const lastUnitRow = firstDataRow + units.length - 1;
  const totalRow = firstDataRow + units.length;
  writeTotalRows(sheet, totalRow, lastUnitRow, indicatorColumns, result.totals.province, yes, lang);
  const clusterTitleRow = totalRow + 3;
  writeClusterBlock(sheet, clusterTitleRow, indicatorColumns, context);

  finishTable(sheet, {
    headerRows,
    frozenColumns: columns.name,
    filter: { lastRow: lastUnitRow, lastColumn },
    widths: { min: 6, max: 50, skipRows: [clusterTitleRow] },
    pagesWide: 0,
  });
  fitIndicatorHeaders(sheet, indicatorColumns);
}

function writeHeaders(
  sheet: TableSheet,
  indicatorColumns: readonly IndicatorColumns[],
  lang: Lang,
) {
  const { first, last } = SUMMARY_LAYOUT.headerRows;
  const { columns } = SUMMARY_LAYOUT;
  writeHeaderRow(sheet, first, [
    text("result.col.no", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.cluster", lang),
  ]);
  for (let c = columns.no; c <= columns.cluster; c++) {
    putText(sheet.getCell(last, c), null, "text", "header");
    mergeStyled(sheet, first, c, last, c);
  }
  for (const { indicator, target, actual } of indicatorColumns) {
    const label = text("result.col.indicator", lang, {
      code: indicator.code,
      label: indicator.label,
      unit: indicator.unit,
    });
    const left = target ?? actual;
    putText(sheet.getCell(first, left), label, "text", "header");
    if (target === null) {
      putText(sheet.getCell(last, actual), null, "text", "header");
      mergeStyled(sheet, first, actual, last, actual);
      continue;
    }
    putText(sheet.getCell(first, actual), null, "text", "header");
    mergeStyled(sheet, first, target, first, actual);
    putText(sheet.getCell(last, target), text("result.col.target", lang), "text", "header");
    putText(sheet.getCell(last, actual), text("result.col.actual", lang), "text", "header");
  }
}

/** The included units, cluster by cluster in natural order, then those in no cluster. */
function unitsInOrder(outcomes: readonly UnitOutcome[]): UnitOutcome[] {
  const included = outcomes.filter((u) => u.status === "included");
  const groups = groupByCluster(included.map((u) => u.cluster));
  const grouped = new Set(groups.flatMap((g) => g.indices));
  return [
    ...groups.flatMap((g) => g.indices.map((k) => included[k]!)),
    ...included.filter((_, k) => !grouped.has(k)),
  ];
}

function writeTotalRows(
  sheet: TableSheet,
  totalRow: number,
  lastUnitRow: number,
  indicatorColumns: readonly IndicatorColumns[],
  totals: Readonly<Record<string, IndicatorTotal>>,
  yes: string,
  lang: Lang,
): void {
  const { firstDataRow, columns } = SUMMARY_LAYOUT;
  const rateRow = totalRow + 1;
  const lastColumn = indicatorColumns.at(-1)?.actual ?? columns.cluster;
  putText(
    sheet.getCell(totalRow, columns.name),
    text("result.summary.total", lang),
    "text",
    "total",
  );
  putText(
    sheet.getCell(rateRow, columns.name),
    text("result.summary.attainment", lang),
    "text",
    "total",
  );
  // Without a unit there is no range to sum: the rows show no figures rather than a formula
  // over an empty (reversed) range.
  const hasUnits = lastUnitRow >= firstDataRow;
  const range = (column: number) => columnRange(column, firstDataRow, lastUnitRow);
  const quoted = `"${yes.replace(/"/g, '""')}"`;

  for (const { indicator, target, actual } of indicatorColumns) {
    const total = totals[indicator.code];
    const totalCell = sheet.getCell(totalRow, actual);
    const rateCell = sheet.getCell(rateRow, actual);
    if (!hasUnits) continue;
    const actualRef = totalCell.address;

    if (indicator.kind === "yesno") {
      putFormula(totalCell, `COUNTIF(${range(actual)},${quoted})`, total?.actual ?? 0, "count");
      if (indicator.yesTarget === true) {
        putFormula(
          rateCell,
          `IF(COUNTA(${range(actual)})=0,"",${actualRef}/COUNTA(${range(actual)}))`,
          total?.attainment ?? "",
          "percent",
        );
      }
      continue;
    }

    const kind = figureKind(indicator);
    putFormula(totalCell, `SUM(${range(actual)})`, total?.actual ?? 0, kind);
    if (target === null) continue;
    const targetCell = sheet.getCell(totalRow, target);
    putFormula(targetCell, `SUM(${range(target)})`, total?.target ?? 0, kind);
    const targetRef = targetCell.address;
    // The core's rules, as formulas: no actual or no target given is no rate; more is better
    // divides actual by target (a target of 0 is no rate); less is better divides target by
    // actual, an actual of 0 meeting the target in full.
    const none = `COUNT(${range(actual)})=0,COUNT(${range(target)})=0`;
    const formula =
      indicator.direction === "lower"
        ? `IF(OR(${none}),"",IF(${actualRef}=0,1,${targetRef}/${actualRef}))`
        : `IF(OR(${none},${targetRef}=0),"",${actualRef}/${targetRef})`;
    putFormula(rateCell, formula, total?.attainment ?? "", "percent");
  }
  styleEmpty(sheet, totalRow, 1, lastColumn, "total");
  styleEmpty(sheet, rateRow, 1, lastColumn, "total");
}

/** Each cluster's totals (values): its number of units, targets and actuals. */
function writeClusterBlock(
  sheet: TableSheet,
  titleRow: number,
  indicatorColumns: readonly IndicatorColumns[],
  context: ResultContext,
): void {
  const { lang, result } = context;
  const { columns } = SUMMARY_LAYOUT;
  const clusters = result.totals.clusters;
  if (clusters.length === 0) return;
  const lastColumn = indicatorColumns.at(-1)?.actual ?? columns.cluster;

  writeLine(sheet, titleRow, text("result.summary.clusters", lang), "heading");
  const headerRow = titleRow + 1;
  const header = new Map<number, string>([
    [columns.no, text("result.col.no", lang)],
    [columns.name, text("result.col.cluster", lang)],
    [columns.cluster, text("result.col.units", lang)],
  ]);
  for (const { target, actual } of indicatorColumns) {
    if (target !== null) header.set(target, text("result.col.target", lang));
    header.set(actual, text("result.col.actual", lang));
  }
  for (let c = 1; c <= lastColumn; c++) {
    putText(sheet.getCell(headerRow, c), header.get(c) ?? null, "text", "header");
  }

  clusters.forEach((cluster, k) => {
    const row = sheet.getRow(headerRow + 1 + k);
    putNumber(row.getCell(columns.no), k + 1, "centre");
    putText(row.getCell(columns.code), null);
    putText(row.getCell(columns.name), cluster.cluster);
    putNumber(row.getCell(columns.cluster), cluster.units, "count");
    for (const { indicator, target, actual } of indicatorColumns) {
      const total = cluster.totals[indicator.code];
      // A yes/no indicator's cluster figure is its number of Có.
      const kind = indicator.kind === "yesno" ? "count" : figureKind(indicator);
      if (target !== null) putNumber(row.getCell(target), total?.target ?? null, kind);
      putNumber(row.getCell(actual), total?.actual ?? null, kind);
    }
  });
}

/** Points per wrapped line of header text, and the height of the Kế hoạch / Thực hiện row. */
const LINE_HEIGHT = 15.5;
const SECOND_HEADER_HEIGHT = 21;
const MIN_INDICATOR_WIDTH = 12;

/**
 * Indicator headers are long ("DV01 – Tổng số CBCCVC, người lao động (người)") above short
 * figures: the columns get a readable minimum width, and the first header row the height its
 * longest label needs when wrapped (Excel does not grow a row for merged, wrapped text).
 */
function fitIndicatorHeaders(
  sheet: TableSheet,
  indicatorColumns: readonly IndicatorColumns[],
): void {
  const { first, last } = SUMMARY_LAYOUT.headerRows;
  let height = LINE_HEIGHT * 2;
  for (const { target, actual } of indicatorColumns) {
    let span = 0;
    for (const column of [target, actual]) {
      if (column === null) continue;
      const c = sheet.getColumn(column);
      c.width = Math.max(c.width ?? 0, MIN_INDICATOR_WIDTH);
      span += c.width;
    }
    const label = sheet.getCell(first, target ?? actual).text;
    // Words do not break mid-way: a tenth more room than the characters alone.
    const lines = Math.ceil((displayWidth(label) * 1.1) / Math.max(1, span - 1));
    // A single column's label spans both header rows; a pair's only the first.
    const needed = lines * LINE_HEIGHT + 4 - (target === null ? SECOND_HEADER_HEIGHT : 0);
    height = Math.max(height, needed);
  }
  sheet.getRow(first).height = height;
  sheet.getRow(last).height = SECOND_HEADER_HEIGHT;
}
