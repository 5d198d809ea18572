import type { TableSheet } from "../excel/tableSheet";
import type { ClassCounts, IndicatorTotals } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod } from "../../core/period";
import type { ClassCode } from "../../core/rules";
import type { RollupResult } from "../../core/rollup";
import { newOurWorkbook, workbookBytes } from "../excel/ourWorkbook";
import { writeReportLines } from "./reportLines";
import { summaryColumns } from "./summarySheet";
import {
  finishTable,
  mergeStyled,
  putNumber,
  putText,
  styleEmpty,
  writeHeaderRow,
  writeTitle,
} from "./tableLayout";
import { figureKind, type CellKind } from "./tableStyles";

const CLASSES: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/** Where the sheets of the roll-up workbook put things (1-based rows and columns). */
export const ROLLUP_LAYOUT = {
  titleRow: 1,
  /** Tổng hợp: indicator codes and labels on the first, Kế hoạch / Thực hiện on the second. */
  headerRows: { first: 3, last: 4 },
  firstDataRow: 5,
  /** The indicators follow from column E, as on a consolidation's Tổng hợp (summaryColumns). */
  columns: { no: 1, source: 2, period: 3, units: 4 },
  /** Xếp loại: no, source, period, units, then one column per class. */
  classes: { headerRow: 3, firstDataRow: 4, firstClassColumn: 5 },
} as const;

/**
 * Writes the roll-up workbook (`cdvc consolidate` given consolidated workbooks of several
 * CĐVC): Tổng hợp (each source's period, units and indicator totals in the columns of a
 * consolidation's Tổng hợp, then the total of all and its attainment = total actual ÷ total
 * target), Xếp loại (each source's units per class, then the
 * total) and Báo cáo (the sentences). Figures are values; names are written as text.
 *
 * @example
 * const bytes = await writeRollupWorkbook(rollup(sources), { lang: "vi" });
 */
export async function writeRollupWorkbook(
  result: RollupResult,
  options: { readonly lang?: Lang; readonly generatedAt?: Date } = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const generatedAt = options.generatedAt ?? new Date();
  const workbook = await newOurWorkbook(lang, generatedAt);
  const period = result.period ? formatPeriod(result.period) : text("result.period.unknown", lang);

  writeFigures(workbook.addWorksheet(text("result.sheet.summary", "vi")), result, period, lang);
  writeClasses(
    workbook.addWorksheet(text("result.sheet.classification", "vi")),
    result,
    period,
    lang,
  );
  writeReportLines(
    workbook.addWorksheet(text("result.sheet.sentences", "vi")),
    text("result.sentences.title", lang, { period }),
    result.sentences,
  );
  return workbookBytes(workbook);
}

function writeFigures(sheet: TableSheet, result: RollupResult, period: string, lang: Lang): void {
  const { headerRows, firstDataRow, columns } = ROLLUP_LAYOUT;
  const indicatorColumns = summaryColumns({ indicators: [...result.indicators] });
  const lastColumn = indicatorColumns.at(-1)?.actual ?? columns.units;
  writeTitle(
    sheet,
    ROLLUP_LAYOUT.titleRow,
    lastColumn,
    text("rollup.summary.title", lang, { period }),
  );
  [
    text("result.col.no", lang),
    text("rollup.col.source", lang),
    text("rollup.col.period", lang),
    text("result.col.units", lang),
  ].forEach((label, k) => {
    putText(sheet.getCell(headerRows.first, k + 1), label, "text", "header");
    putText(sheet.getCell(headerRows.last, k + 1), null, "text", "header");
    mergeStyled(sheet, headerRows.first, k + 1, headerRows.last, k + 1);
  });
  for (const { indicator, target, actual } of indicatorColumns) {
    const label = text("result.col.indicator", lang, {
      code: indicator.code,
      label: indicator.label,
      unit: indicator.unit,
    });
    putText(sheet.getCell(headerRows.first, target ?? actual), label, "text", "header");
    if (target === null) {
      putText(sheet.getCell(headerRows.last, actual), null, "text", "header");
      mergeStyled(sheet, headerRows.first, actual, headerRows.last, actual);
      continue;
    }
    putText(sheet.getCell(headerRows.first, actual), null, "text", "header");
    mergeStyled(sheet, headerRows.first, target, headerRows.first, actual);
    putText(
      sheet.getCell(headerRows.last, target),
      text("result.col.target", lang),
      "text",
      "header",
    );
    putText(
      sheet.getCell(headerRows.last, actual),
      text("result.col.actual", lang),
      "text",
      "header",
    );
  }

  const writeTotals = (row: number, totals: IndicatorTotals, emphasis: "body" | "total") => {
    for (const { indicator, target, actual } of indicatorColumns) {
      const total = totals[indicator.code];
      const kind: CellKind = indicator.kind === "yesno" ? "count" : figureKind(indicator);
      if (target !== null) putNumber(sheet.getCell(row, target), total?.target, kind, emphasis);
      putNumber(sheet.getCell(row, actual), total?.actual, kind, emphasis);
    }
  };
  result.sources.forEach((source, k) => {
    const row = firstDataRow + k;
    putNumber(sheet.getCell(row, columns.no), k + 1, "centre");
    putText(sheet.getCell(row, columns.source), source.source);
    putText(sheet.getCell(row, columns.period), formatPeriod(source.period), "centre");
    putNumber(sheet.getCell(row, columns.units), source.units, "count");
    writeTotals(row, source.totals, "body");
  });
  const totalRow = firstDataRow + result.sources.length;
  const rateRow = totalRow + 1;
  putText(sheet.getCell(totalRow, columns.source), text("rollup.total", lang), "text", "total");
  putNumber(sheet.getCell(totalRow, columns.units), result.units, "count", "total");
  writeTotals(totalRow, result.totals, "total");
  putText(
    sheet.getCell(rateRow, columns.source),
    text("result.summary.attainment", lang),
    "text",
    "total",
  );
  for (const { indicator, actual } of indicatorColumns) {
    putNumber(
      sheet.getCell(rateRow, actual),
      result.totals[indicator.code]?.attainment,
      "percent",
      "total",
    );
  }
  styleEmpty(sheet, totalRow, 1, lastColumn, "total");
  styleEmpty(sheet, rateRow, 1, lastColumn, "total");

  finishTable(sheet, {
    headerRows,
    frozenColumns: columns.source,
    filter: { lastRow: totalRow - 1, lastColumn },
    widths: { min: 6, max: 45, skipRows: [ROLLUP_LAYOUT.titleRow] },
    pagesWide: 0,
  });
  for (const { target, actual } of indicatorColumns) {
    for (const c of [target, actual]) {
      if (c === null) continue;
      const column = sheet.getColumn(c);
      column.width = Math.max(column.width ?? 0, 12);
    }
  }
  sheet.getRow(headerRows.first).height = 62;
}

function writeClasses(sheet: TableSheet, result: RollupResult, period: string, lang: Lang): void {
  const { classes: c, columns } = ROLLUP_LAYOUT;
  const lastColumn = c.firstClassColumn + CLASSES.length - 1;
  writeTitle(
    sheet,
    ROLLUP_LAYOUT.titleRow,
    lastColumn,
    text("rollup.classes.title", lang, { period }),
  );
  writeHeaderRow(sheet, c.headerRow, [
    text("result.col.no", lang),
    text("rollup.col.source", lang),
    text("rollup.col.period", lang),
    text("result.col.units", lang),
    ...CLASSES,
  ]);
  const writeCounts = (
    row: number,
    units: number,
    counts: ClassCounts,
    emphasis: "body" | "total",
  ) => {
    putNumber(sheet.getCell(row, columns.units), units, "count", emphasis);
    CLASSES.forEach((code, i) => {
      putNumber(sheet.getCell(row, c.firstClassColumn + i), counts[code], "count", emphasis);
    });
  };
  result.sources.forEach((source, k) => {
    const row = c.firstDataRow + k;
    putNumber(sheet.getCell(row, columns.no), k + 1, "centre");
    putText(sheet.getCell(row, columns.source), source.source);
    putText(sheet.getCell(row, columns.period), formatPeriod(source.period), "centre");
    writeCounts(row, source.units, source.counts, "body");
  });
  const totalRow = c.firstDataRow + result.sources.length;
  putText(sheet.getCell(totalRow, columns.no), null, "text", "total");
  putText(sheet.getCell(totalRow, columns.source), text("rollup.total", lang), "text", "total");
  putText(sheet.getCell(totalRow, columns.period), null, "text", "total");
  writeCounts(totalRow, result.units, result.counts, "total");
  finishTable(sheet, {
    headerRows: { first: c.headerRow, last: c.headerRow },
    filter: { lastRow: totalRow - 1, lastColumn },
    widths: { min: 8, max: 45, skipRows: [ROLLUP_LAYOUT.titleRow] },
  });
}
