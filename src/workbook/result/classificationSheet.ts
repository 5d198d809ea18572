import type { TableSheet } from "../excel/tableSheet";
import type { ClassCounts, UnitOutcome } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPercent } from "../../core/numbers";
import type { ClassCode } from "../../core/rules";
import type { ResultContext, ResultSheet } from "./resultSheet";
import {
  finishTable,
  mergeStyled,
  putNumber,
  putText,
  writeHeaderRow,
  writeLine,
  writeTitle,
} from "./tableLayout";

/** Where sheet Xếp loại puts its ranked list (1-based rows and columns). */
export const CLASSIFICATION_LAYOUT = {
  titleRow: 1,
  headerRow: 3,
  firstDataRow: 4,
  columns: {
    rank: 1,
    clusterRank: 2,
    code: 3,
    name: 4,
    cluster: 5,
    score: 6,
    classCode: 7,
    classLabel: 8,
    reason: 9,
  },
  /** The cluster × class table: its labels merged across A:D, the counts from E. */
  countsLabelColumns: { first: 1, last: 4 },
  firstCountColumn: 5,
} as const;

const CLASSES: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/**
 * Sheet Xếp loại: the included units by rank (rank, rank in cluster, code, name, cluster,
 * score, class code and label, reason), the CXL units after the classified ones; then the
 * number of units per cluster and class with the province's total; then what the quota did
 * (its limit and the units it moved down). Rejected and replaced files are not here: they
 * are on sheet Kiểm tra.
 */
export const classificationSheet: ResultSheet = {
  name: text("result.sheet.classification", "vi"),
  write: writeClassificationSheet,
};

function writeClassificationSheet(sheet: TableSheet, context: ResultContext): void {
  const { result, lang } = context;
  const { columns, headerRow, firstDataRow } = CLASSIFICATION_LAYOUT;
  const lastColumn = columns.reason;

  writeTitle(
    sheet,
    CLASSIFICATION_LAYOUT.titleRow,
    lastColumn,
    text("result.classification.title", lang, { period: context.period }),
  );
  writeHeaderRow(sheet, headerRow, [
    text("result.col.rank", lang),
    text("result.col.cluster-rank", lang),
    text("result.col.unit-code", lang),
    text("result.col.unit-name", lang),
    text("result.col.cluster", lang),
    text("result.col.score", lang),
    text("result.col.class-code", lang),
    text("result.col.class", lang),
    text("result.col.reason", lang),
  ]);

  const units = rankedUnits(result.units);
  units.forEach((unit, k) => {
    const row = sheet.getRow(firstDataRow + k);
    putNumber(row.getCell(columns.rank), unit.rank, "centre");
    putNumber(row.getCell(columns.clusterRank), unit.clusterRank, "centre");
    putText(row.getCell(columns.code), unit.code, "centre");
    putText(row.getCell(columns.name), unit.name, "wrap");
    putText(row.getCell(columns.cluster), unit.cluster);
    putNumber(row.getCell(columns.score), unit.score, "score");
    putText(row.getCell(columns.classCode), unit.classification, "centre");
    putText(
      row.getCell(columns.classLabel),
      unit.classification === null ? null : text(`class.${unit.classification}`, lang),
      "wrap",
    );
    putText(row.getCell(columns.reason), unit.reason, "wrap");
  });
  const lastUnitRow = firstDataRow + units.length - 1;

  const countsTitleRow = Math.max(lastUnitRow, headerRow) + 2;
  const lastCountsRow = writeCounts(sheet, countsTitleRow, context);
  const quotaRow = lastCountsRow + 2;
  const quotaLines = quotaText(context);
  quotaLines.forEach((line, i) => writeLine(sheet, quotaRow + i, line));

  finishTable(sheet, {
    headerRows: { first: headerRow, last: headerRow },
    filter: { lastRow: lastUnitRow, lastColumn },
    widths: {
      min: 6,
      max: 60,
      skipRows: [countsTitleRow, ...quotaLines.map((_, i) => quotaRow + i)],
    },
  });
  // Reasons are sentences: a wide column, wrapped, rather than one as long as the longest.
  sheet.getColumn(columns.reason).width = Math.max(sheet.getColumn(columns.reason).width ?? 0, 40);
}

/** Classified units by rank, then the CXL units by rank (input order among equals). */
function rankedUnits(outcomes: readonly UnitOutcome[]): UnitOutcome[] {
  const included = outcomes.filter((u) => u.status === "included");
  const byRank = (a: UnitOutcome, b: UnitOutcome) => (a.rank ?? Infinity) - (b.rank ?? Infinity);
  return [
    ...included.filter((u) => u.classification !== "CXL").sort(byRank),
    ...included.filter((u) => u.classification === "CXL").sort(byRank),
  ];
}

/** The cluster × class table; returns its last row. */
function writeCounts(sheet: TableSheet, titleRow: number, context: ResultContext): number {
  const { result, lang } = context;
  const { countsLabelColumns, firstCountColumn } = CLASSIFICATION_LAYOUT;
  writeLine(sheet, titleRow, text("result.classification.counts", lang), "heading");

  const headerRow = titleRow + 1;
  putText(
    sheet.getCell(headerRow, countsLabelColumns.first),
    text("result.col.cluster", lang),
    "text",
    "header",
  );
  mergeStyled(sheet, headerRow, countsLabelColumns.first, headerRow, countsLabelColumns.last);
  writeHeaderRow(sheet, headerRow, [...CLASSES, text("result.col.total", lang)], firstCountColumn);

  const rows: { label: string; counts: ClassCounts; emphasis: "body" | "total" }[] =
    result.clusterClassCounts.map((c) => ({
      label: c.cluster,
      counts: c.counts,
      emphasis: "body",
    }));
  const outside = unclustered(result.classificationCounts, result.clusterClassCounts, lang);
  if (outside) rows.push(outside);
  rows.push({
    label: text("result.classification.province", lang),
    counts: result.classificationCounts,
    emphasis: "total",
  });

  rows.forEach(({ label, counts, emphasis }, k) => {
    const row = headerRow + 1 + k;
    putText(sheet.getCell(row, countsLabelColumns.first), label, "text", emphasis);
    mergeStyled(sheet, row, countsLabelColumns.first, row, countsLabelColumns.last);
    CLASSES.forEach((c, i) => {
      putNumber(sheet.getCell(row, firstCountColumn + i), counts[c], "count", emphasis);
    });
    const total = CLASSES.reduce((sum, c) => sum + counts[c], 0);
    putNumber(sheet.getCell(row, firstCountColumn + CLASSES.length), total, "count", emphasis);
  });
  return headerRow + rows.length;
}

/** The units in no cluster: the province's counts less the clusters' (none when all are in one). */
function unclustered(
  province: ClassCounts,
  clusters: readonly { readonly counts: ClassCounts }[],
  lang: Lang,
): { label: string; counts: ClassCounts; emphasis: "body" } | null {
  const counts = { ...province };
  for (const cluster of clusters) for (const c of CLASSES) counts[c] -= cluster.counts[c];
  if (CLASSES.every((c) => counts[c] === 0)) return null;
  return { label: text("result.classification.no-cluster", lang), counts, emphasis: "body" };
}

/** What the quota did, as one or two lines. */
function quotaText(context: ResultContext): string[] {
  const { result, rules, lang } = context;
  const quota = rules.quota;
  if (quota === null || result.quota.limit === null) return [text("result.quota.off", lang)];
  const limit = text("result.quota.limit", lang, {
    class: quota.class,
    limit: result.quota.limit,
    share: formatPercent(quota.share, { maxDecimals: 1 }),
    base: result.quota.base,
    of: quota.of.join(", "),
    before: result.quota.before,
  });
  if (result.quota.demoted.length === 0) return [limit, text("result.quota.none-demoted", lang)];
  const byCode = new Map(
    result.units.filter((u) => u.status === "included").map((u) => [u.code, u]),
  );
  const units = result.quota.demoted
    .map((code) =>
      text("result.quota.demoted-unit", lang, {
        code,
        name: byCode.get(code)?.name ?? "",
        to: byCode.get(code)?.classification ?? "",
      }),
    )
    .join("; ");
  return [limit, text("result.quota.demoted", lang, { units })];
}
