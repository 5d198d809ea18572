import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { supportsExcelApi } from "./apiSupport";
import { CHART_SHEET, chartSheet, type ChartBlock, type ResultChartData } from "./chartSheet";
import { writeResultSheets } from "./writeResultSheets";

export interface ChartOptions {
  /** Replace an existing chart sheet; without it, one throws `SheetsExistError`. */
  readonly replace?: boolean;
  /** The language of the tables' headers and the charts' titles. */
  readonly lang?: Lang;
}

// The charts sit right of the tables (which take columns A to F), one above the other.
const CHART_LEFT = "H";
const CHART_RIGHT = "Q";
const CLASSES_ROWS = 18;
// A bar per unit needs about a row and a half of height to keep its label readable.
const rowsForBars = (bars: number) => Math.max(15, Math.ceil(bars * 1.5) + 4);

/**
 * Draws the consolidation's charts with Excel's own chart API on a sheet `Biểu đồ`: a
 * clustered column chart of the class counts by cluster, and a bar chart of the units'
 * scores, best at the top. The charts are drawn from two small tables the function writes on
 * the same sheet first, so they stay live and editable in Excel.
 *
 * @example
 * await addResultCharts(context, result, { replace: true, lang: "vi" });
 */
export async function addResultCharts(
  context: Excel.RequestContext,
  data: ResultChartData,
  options: ChartOptions = {},
): Promise<void> {
  const lang = options.lang ?? "vi";
  const { sheet, classes, scores } = chartSheet(data, lang);
  await writeResultSheets(context, [sheet], { replace: options.replace ?? false, lang });
  if (!classes && !scores) return;

  const worksheet = context.workbook.worksheets.getItem(CHART_SHEET);
  let top = 1;
  if (classes) {
    const chart = worksheet.charts.add(
      "ColumnClustered",
      blockRange(worksheet, classes),
      "Columns",
    );
    chart.title.text = text("excel.chart.classes-title", lang);
    chart.legend.position = "Bottom";
    chart.setPosition(`${CHART_LEFT}${top}`, `${CHART_RIGHT}${top + CLASSES_ROWS - 1}`);
    top += CLASSES_ROWS + 1;
  }
  if (scores) {
    const chart = worksheet.charts.add("BarClustered", blockRange(worksheet, scores), "Columns");
    chart.title.text = text("excel.chart.scores-title", lang);
    chart.legend.visible = false;
    // Excel draws a bar chart's first category at the bottom; the best unit belongs on top.
    if (supportsExcelApi("1.7")) chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(
      `${CHART_LEFT}${top}`,
      `${CHART_RIGHT}${top + rowsForBars(scores.rows - 1) - 1}`,
    );
  }
  await context.sync();
}

function blockRange(worksheet: Excel.Worksheet, block: ChartBlock): Excel.Range {
  return worksheet.getRangeByIndexes(block.row, 0, block.rows, block.cols);
}
