import type { ClassCounts, ConsolidationResult } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { ClassCodeSchema } from "../../core/rules";
import type { ResultSheetData, ResultValue } from "./resultSheetData";

/** The sheet the charts go on, always named in Vietnamese as the result sheets are. */
export const CHART_SHEET = text("excel.chart.sheet", "vi");

/** What the charts show: a consolidation's class counts by cluster, and its units' scores. */
export interface ResultChartData {
  readonly clusterClassCounts: ConsolidationResult["clusterClassCounts"];
  /** The units (a consolidation's `units` will do); those without a score are left out. */
  readonly unitScores: readonly {
    readonly code: string | null;
    readonly name: string | null;
    readonly score: number | null;
  }[];
}

/** Where a chart's data sits on the chart sheet: 0-based first row, rows and columns, header included. */
export interface ChartBlock {
  readonly row: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The chart sheet's two tables, which the charts are drawn from: class counts by cluster
 * (one row per cluster, one column per class code) and, two rows below, the units' scores,
 * best first (the unit's name, else its code). A table with nothing to show is left out.
 *
 * @example
 * chartSheet({ clusterClassCounts: [{ cluster: "Cụm 1", counts }], unitScores: [] }, "vi")
 * // { sheet: { name: "Biểu đồ", rows: [["Cụm thi đua", "HTXS", …], ["Cụm 1", 2, …]], … },
 * //   classes: { row: 0, rows: 2, cols: 6 }, scores: null }
 */
export function chartSheet(
  data: ResultChartData,
  lang: Lang,
): { sheet: ResultSheetData; classes: ChartBlock | null; scores: ChartBlock | null } {
  const classCodes = ClassCodeSchema.options;
  const rows: ResultValue[][] = [];
  let classes: ChartBlock | null = null;
  if (data.clusterClassCounts.length > 0) {
    rows.push([text("result.col.cluster", lang), ...classCodes]);
    for (const { cluster, counts } of data.clusterClassCounts) {
      rows.push([cluster, ...classCodes.map((code) => (counts as ClassCounts)[code] ?? 0)]);
    }
    classes = { row: 0, rows: rows.length, cols: 1 + classCodes.length };
    rows.push([]);
  }

  const scored = data.unitScores
    .filter((unit): unit is typeof unit & { score: number } => unit.score !== null)
    .map((unit) => ({ label: unit.name ?? unit.code ?? "", score: unit.score }))
    .sort((a, b) => b.score - a.score);
  let scores: ChartBlock | null = null;
  if (scored.length > 0) {
    const row = rows.length;
    rows.push([text("result.col.unit-name", lang), text("result.col.score", lang)]);
    for (const unit of scored) rows.push([unit.label, unit.score]);
    scores = { row, rows: scored.length + 1, cols: 2 };
  }
  return {
    sheet: { name: CHART_SHEET, rows, textColumns: [0], numberFormats: { 1: "0.00" } },
    classes,
    scores,
  };
}
