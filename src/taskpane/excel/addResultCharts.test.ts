import { sampleResult } from "../../workbook/result/testSupport";
import { addResultCharts } from "./addResultCharts";
import { SheetsExistError } from "./errors";
import { FakeExcel } from "./testing/fakeExcel";
import { withExcelApi } from "./testing/requirements";

describe("addResultCharts", () => {
  it("draws class counts by cluster and scores by unit from the tables it writes", async () => {
    const result = sampleResult();
    const excel = new FakeExcel({ sheets: [{ name: "Xếp loại" }] });
    const data = { clusterClassCounts: result.clusterClassCounts, unitScores: result.units };
    await withExcelApi("1.7", () => addResultCharts(excel.context, data));

    const clusters = result.clusterClassCounts.length;
    const scored = result.units.filter((unit) => unit.score !== null).length;
    expect(scored).toBe(10);
    const sheet = excel.sheet("Biểu đồ");
    expect(sheet.value("A1")).toBe("Cụm thi đua");
    expect(sheet.value("B1")).toBe("HTXS");
    expect(sheet.value("A2")).toBe(result.clusterClassCounts[0]!.cluster);

    const charts = excel.calls.filter((call) => call.op === "addChart" || call.op === "chart");
    const scoresTop = clusters + 3;
    expect(charts).toEqual([
      {
        op: "addChart",
        sheet: "Biểu đồ",
        chart: 1,
        type: "ColumnClustered",
        source: `A1:F${clusters + 1}`,
        seriesBy: "Columns",
      },
      { op: "chart", chart: 1, path: "title.text", value: "Xếp loại chất lượng theo cụm thi đua" },
      { op: "chart", chart: 1, path: "legend.position", value: "Bottom" },
      { op: "chart", chart: 1, path: "setPosition", value: ["H1", "Q18"] },
      {
        op: "addChart",
        sheet: "Biểu đồ",
        chart: 2,
        type: "BarClustered",
        source: `A${scoresTop}:B${scoresTop + scored}`,
        seriesBy: "Columns",
      },
      { op: "chart", chart: 2, path: "title.text", value: "Điểm thi đua của các CĐCS" },
      { op: "chart", chart: 2, path: "legend.visible", value: false },
      { op: "chart", chart: 2, path: "axes.categoryAxis.reversePlotOrder", value: true },
      // Ten bars, a row and a half each, and four rows for the title and axis: rows 20 to 38.
      { op: "chart", chart: 2, path: "setPosition", value: ["H20", "Q38"] },
    ]);
    // The sheet names, the tables, then the charts.
    expect(excel.syncCount()).toBe(3);
  });

  it("asks before replacing a chart sheet, and replaces it when told to", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Biểu đồ", cells: { A1: "cũ" } }] });
    const data = { clusterClassCounts: [], unitScores: [{ code: "CD01", name: "A", score: 70 }] };
    await expect(addResultCharts(excel.context, data)).rejects.toBeInstanceOf(SheetsExistError);
    await addResultCharts(excel.context, data, { replace: true });
    expect(excel.sheet("Biểu đồ").value("A1")).toBe("Tên công đoàn cơ sở");
    expect(excel.calls.filter((call) => call.op === "addChart")).toHaveLength(1);
  });
});
