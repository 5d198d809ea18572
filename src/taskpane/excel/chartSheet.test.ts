import { CHART_SHEET, chartSheet } from "./chartSheet";

const counts = (HTXS: number, HTT: number, HT: number, KHT: number, CXL: number) => ({
  HTXS,
  HTT,
  HT,
  KHT,
  CXL,
});

describe("chartSheet", () => {
  it("lays out class counts by cluster, then the units' scores best first", () => {
    const { sheet, classes, scores } = chartSheet(
      {
        clusterClassCounts: [
          { cluster: "Cụm 1", counts: counts(2, 3, 1, 0, 0) },
          { cluster: "Cụm 2", counts: counts(1, 4, 0, 1, 1) },
        ],
        unitScores: [
          { code: "CD02", name: "CĐCS Sở Tài chính", score: 81.5 },
          { code: "CD03", name: null, score: 95 },
          { code: "CD04", name: "Bị loại", score: null },
          { code: "CD01", name: '=HYPERLINK("x")', score: 88 },
        ],
      },
      "vi",
    );
    expect(sheet.name).toBe(CHART_SHEET);
    expect(CHART_SHEET).toBe("Biểu đồ");
    expect(sheet.rows).toEqual([
      ["Cụm thi đua", "HTXS", "HTT", "HT", "KHT", "CXL"],
      ["Cụm 1", 2, 3, 1, 0, 0],
      ["Cụm 2", 1, 4, 0, 1, 1],
      [],
      ["Tên công đoàn cơ sở", "Điểm"],
      ["CD03", 95],
      ['=HYPERLINK("x")', 88],
      ["CĐCS Sở Tài chính", 81.5],
    ]);
    expect(classes).toEqual({ row: 0, rows: 3, cols: 6 });
    expect(scores).toEqual({ row: 4, rows: 4, cols: 2 });
    expect(sheet.textColumns).toEqual([0]);
  });

  it("leaves out a table with nothing to show", () => {
    const noClusters = chartSheet(
      { clusterClassCounts: [], unitScores: [{ code: "CD01", name: "A", score: 70 }] },
      "en",
    );
    expect(noClusters.classes).toBeNull();
    expect(noClusters.scores).toEqual({ row: 0, rows: 2, cols: 2 });
    expect(noClusters.sheet.rows[0]).toEqual(["Grassroots union", "Score"]);
    const nothing = chartSheet({ clusterClassCounts: [], unitScores: [] }, "vi");
    expect([nothing.classes, nothing.scores, nothing.sheet.rows]).toEqual([null, null, []]);
  });
});
