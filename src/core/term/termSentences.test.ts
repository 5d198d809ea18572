import { periodSummary } from "../comparison/periodSummary";
import { figures, unit, year } from "../comparison/testing/periods";
import { defaultRules } from "../rules";
import { termSentences } from "./termSentences";
import { termTotals } from "./termTotals";
import { termUnitRecords } from "./termUnitRecords";

const results = [
  year(2022, [
    unit("CD01", 95, 1, "HTXS", figures(50, [5, 6])),
    unit("CD02", 80, 2, "HTT", figures(40, [5, 2])),
  ]),
  year(2023, [
    unit("CD01", 96, 1, "HTXS", figures(52, [5, 5])),
    unit("CD02", 70, 2, "HTT", figures(41, [5, 3], false)),
  ]),
];
const years = results.map((r) => ({ period: r.period, summary: periodSummary(r) }));
const totals = termTotals(
  years.map((y) => y.summary.totals),
  defaultRules.indicators,
);

describe("termSentences", () => {
  const sentences = termSentences({
    term: { kind: "term", from: 2022, to: 2023 },
    years,
    totals,
    indicators: defaultRules.indicators,
    met: [],
    missed: ["DV04", "CL01"],
    units: termUnitRecords(results),
  });

  it("counts the indicators met, then names those missed with their figures", () => {
    expect(sentences[0]).toBe(
      "Trong nhiệm kỳ 2022-2023, đã hoàn thành và hoàn thành vượt mức 0 chỉ tiêu.",
    );
    expect(sentences[1]).toBe(
      "Chưa hoàn thành 2 chỉ tiêu: kết nạp mới 16/20 đoàn viên, đạt tỷ lệ 80%; 3/4 CĐCS tổ chức Hội nghị CBCCVC, đạt tỷ lệ 75%.",
    );
  });

  it("gives the attainment over the term, the classes year by year and the units excellent every year", () => {
    expect(sentences.slice(2)).toEqual([
      "Kết quả thực hiện chỉ tiêu cả nhiệm kỳ 2022-2023: kết nạp mới 16/20 đoàn viên, đạt tỷ lệ 80%; 3/4 CĐCS tổ chức Hội nghị CBCCVC, đạt tỷ lệ 75%.",
      "Kết quả xếp loại chất lượng CĐCS qua các năm: năm 2022: 01 CĐCS hoàn thành xuất sắc nhiệm vụ, 01 CĐCS hoàn thành tốt nhiệm vụ; năm 2023: 01 CĐCS hoàn thành xuất sắc nhiệm vụ, 01 CĐCS hoàn thành tốt nhiệm vụ.",
      "01 CĐCS hoàn thành xuất sắc nhiệm vụ cả 2 năm: CĐCS CD01.",
    ]);
  });

  it("says nothing of targets when no indicator had one", () => {
    const none = termSentences({
      term: { kind: "term", from: 2022, to: 2023 },
      years: [],
      totals: {},
      indicators: [],
      met: [],
      missed: [],
      units: [],
    });
    expect(none).toEqual([]);
  });
});
