import type { TableSheet } from "../excel/tableSheet";
import type { IndicatorTotal } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod } from "../../core/period";
import type { ClassCode, Indicator } from "../../core/rules";
import type { TermReport } from "../../core/term";
import { newOurWorkbook, workbookBytes } from "../excel/ourWorkbook";
import { writeReportLines } from "./reportLines";
import {
  finishTable,
  mergeStyled,
  putNumber,
  putText,
  writeHeaderRow,
  writeTitle,
} from "./tableLayout";
import { figureKind, type CellKind } from "./tableStyles";

const CLASSES: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/** Where the sheets of the term workbook put things (1-based rows and columns). */
export const TERM_LAYOUT = {
  titleRow: 1,
  /** Nhiệm kỳ and Quá trình CĐCS: a year (or the term) above, its columns below. */
  headerRows: { first: 3, last: 4 },
  firstDataRow: 5,
  /** Nhiệm kỳ: code, label, unit, then Kế hoạch / Thực hiện per year, then the term's four. */
  totals: { code: 1, label: 2, unit: 3, firstYearColumn: 4 },
  /** Xếp loại theo năm: the year, its units, then one column per class. */
  classes: { headerRow: 3, firstDataRow: 4, year: 1, units: 2, firstClassColumn: 3 },
  /** Quá trình CĐCS: no, code, name, cluster, then Điểm / Xếp loại per year, then the counts. */
  units: { no: 1, code: 2, name: 3, cluster: 4, firstYearColumn: 5 },
} as const;

/**
 * Writes the term report workbook (`cdvc term`): sheet Nhiệm kỳ (each indicator's target and
 * actual year by year, then over the term: total target, total actual, attainment and whether
 * it was met), Xếp loại theo năm (units and class counts per year), Quá trình CĐCS (each unit's
 * score and class year by year and how many years it held each class) and Báo cáo (the
 * sentences for the congress report). Sheet names stay Vietnamese; names and codes from the
 * units are written as text, never as formulas.
 *
 * @example
 * const bytes = await writeTermWorkbook(termReport(years), { lang: "vi" });
 * await writeFile("NhiemKy.xlsx", bytes);
 */
export async function writeTermWorkbook(
  report: TermReport,
  options: { readonly lang?: Lang; readonly generatedAt?: Date } = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const generatedAt = options.generatedAt ?? new Date();
  const workbook = await newOurWorkbook(lang, generatedAt);
  const term = formatPeriod(report.term);

  writeTotalsSheet(workbook.addWorksheet(text("term.sheet.totals", "vi")), report, term, lang);
  writeClassesSheet(workbook.addWorksheet(text("term.sheet.classes", "vi")), report, term, lang);
  writeUnitsSheet(workbook.addWorksheet(text("term.sheet.units", "vi")), report, term, lang);
  writeReportLines(
    workbook.addWorksheet(text("result.sheet.sentences", "vi")),
    text("term.sentences.title", lang, { term }),
    report.sentences,
  );
  return workbookBytes(workbook);
}

/** A group of columns under one heading that spans both header rows' first row. */
function writeGroupHeader(
  sheet: TableSheet,
  left: number,
  heading: string,
  labels: readonly string[],
): void {
  const { first, last } = TERM_LAYOUT.headerRows;
  putText(sheet.getCell(first, left), heading, "text", "header");
  labels.forEach((label, k) => {
    if (k > 0) putText(sheet.getCell(first, left + k), null, "text", "header");
    putText(sheet.getCell(last, left + k), label, "text", "header");
  });
  mergeStyled(sheet, first, left, first, left + labels.length - 1);
}

/** Fixed columns whose label spans both header rows. */
function writeTallHeaders(sheet: TableSheet, labels: readonly string[]): void {
  const { first, last } = TERM_LAYOUT.headerRows;
  labels.forEach((label, k) => {
    putText(sheet.getCell(first, k + 1), label, "text", "header");
    putText(sheet.getCell(last, k + 1), null, "text", "header");
    mergeStyled(sheet, first, k + 1, last, k + 1);
  });
}

function writeTotalsSheet(sheet: TableSheet, report: TermReport, term: string, lang: Lang): void {
  const { totals: cols, firstDataRow, headerRows } = TERM_LAYOUT;
  const termColumn = cols.firstYearColumn + report.years.length * 2;
  const lastColumn = termColumn + 3;
  writeTitle(sheet, TERM_LAYOUT.titleRow, lastColumn, text("term.totals.title", lang, { term }));
  writeTallHeaders(sheet, [
    text("term.col.code", lang),
    text("term.col.indicator", lang),
    text("comparison.col.unit-of-measure", lang),
  ]);
  const pair = [text("result.col.target", lang), text("result.col.actual", lang)];
  report.years.forEach((year, k) => {
    writeGroupHeader(sheet, cols.firstYearColumn + k * 2, formatPeriod(year.period), pair);
  });
  writeGroupHeader(sheet, termColumn, text("term.col.term", lang), [
    ...pair,
    text("result.summary.attainment", lang),
    text("term.col.outcome", lang),
  ]);

  report.indicators.forEach((indicator, k) => {
    const row = sheet.getRow(firstDataRow + k);
    const kind = totalKind(indicator);
    putText(row.getCell(cols.code), indicator.code, "centre");
    putText(row.getCell(cols.label), indicator.label, "wrap");
    putText(
      row.getCell(cols.unit),
      indicator.kind === "yesno" ? text("comparison.unit.units", lang) : indicator.unit,
      "centre",
    );
    report.years.forEach((year, y) => {
      const total: IndicatorTotal | undefined = year.summary.totals[indicator.code];
      putNumber(row.getCell(cols.firstYearColumn + y * 2), total?.target, kind);
      putNumber(row.getCell(cols.firstYearColumn + y * 2 + 1), total?.actual, kind);
    });
    const total = report.totals[indicator.code];
    putNumber(row.getCell(termColumn), total?.target, kind, "total");
    putNumber(row.getCell(termColumn + 1), total?.actual, kind, "total");
    putNumber(row.getCell(termColumn + 2), total?.attainment, "percent", "total");
    putText(row.getCell(termColumn + 3), outcome(report, indicator, lang), "centre", "total");
  });

  finishTable(sheet, {
    headerRows,
    frozenColumns: cols.label,
    widths: { min: 8, max: 45, skipRows: [TERM_LAYOUT.titleRow] },
    pagesWide: 0,
  });
}

function outcome(report: TermReport, indicator: Indicator, lang: Lang): string | null {
  if (report.missed.includes(indicator.code)) return text("term.outcome.missed", lang);
  if (!report.met.includes(indicator.code)) return null;
  const rate = report.totals[indicator.code]?.attainment ?? 1;
  return text(rate > 1 ? "term.outcome.exceeded" : "term.outcome.met", lang);
}

/** A yes/no indicator's totals are numbers of units: counts. */
function totalKind(indicator: Indicator): CellKind {
  return indicator.kind === "yesno" ? "count" : figureKind(indicator);
}

function writeClassesSheet(sheet: TableSheet, report: TermReport, term: string, lang: Lang): void {
  const c = TERM_LAYOUT.classes;
  const lastColumn = c.firstClassColumn + CLASSES.length - 1;
  writeTitle(sheet, TERM_LAYOUT.titleRow, lastColumn, text("term.classes.title", lang, { term }));
  writeHeaderRow(sheet, c.headerRow, [
    text("term.col.year", lang),
    text("result.col.units", lang),
    ...CLASSES,
  ]);
  report.years.forEach((year, k) => {
    const row = sheet.getRow(c.firstDataRow + k);
    putText(row.getCell(c.year), formatPeriod(year.period), "centre");
    putNumber(row.getCell(c.units), year.summary.units, "count");
    CLASSES.forEach((code, i) => {
      putNumber(row.getCell(c.firstClassColumn + i), year.summary.counts[code], "count");
    });
  });
  finishTable(sheet, {
    headerRows: { first: c.headerRow, last: c.headerRow },
    widths: { min: 8, max: 30, skipRows: [TERM_LAYOUT.titleRow] },
  });
}

function writeUnitsSheet(sheet: TableSheet, report: TermReport, term: string, lang: Lang): void {
  const { units: cols, firstDataRow, headerRows } = TERM_LAYOUT;
  const countsColumn = cols.firstYearColumn + report.years.length * 2;
  const lastColumn = countsColumn + CLASSES.length;
  writeTitle(sheet, TERM_LAYOUT.titleRow, lastColumn, text("term.units.title", lang, { term }));
  writeTallHeaders(sheet, [
    text("result.col.no", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.cluster", lang),
  ]);
  const pair = [text("result.col.score", lang), text("result.col.class-code", lang)];
  report.years.forEach((year, k) => {
    writeGroupHeader(sheet, cols.firstYearColumn + k * 2, formatPeriod(year.period), pair);
  });
  writeGroupHeader(sheet, countsColumn, text("term.col.term", lang), [
    text("term.col.years", lang),
    ...CLASSES.map((c) => text("term.col.class-years", lang, { class: c })),
  ]);

  report.units.forEach((unit, k) => {
    const row = sheet.getRow(firstDataRow + k);
    putNumber(row.getCell(cols.no), k + 1, "centre");
    putText(row.getCell(cols.code), unit.code, "centre");
    putText(row.getCell(cols.name), unit.name);
    putText(row.getCell(cols.cluster), unit.cluster);
    unit.years.forEach((standing, y) => {
      putNumber(row.getCell(cols.firstYearColumn + y * 2), standing?.score, "score");
      putText(row.getCell(cols.firstYearColumn + y * 2 + 1), standing?.classification, "centre");
    });
    putNumber(row.getCell(countsColumn), unit.consolidated, "count", "total");
    CLASSES.forEach((c, i) => {
      putNumber(row.getCell(countsColumn + 1 + i), unit.counts[c], "count", "total");
    });
  });
  const lastRow = firstDataRow + report.units.length - 1;
  finishTable(sheet, {
    headerRows,
    frozenColumns: cols.name,
    filter: { lastRow, lastColumn },
    widths: { min: 6, max: 45, skipRows: [TERM_LAYOUT.titleRow] },
    pagesWide: 0,
  });
}
