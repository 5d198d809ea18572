import { defaultRules } from "../rules";
import { comparePeriods } from "./comparePeriods";
import { comparisonSentences } from "./comparisonSentences";
import { figures, unit, year } from "./testing/periods";

describe("comparisonSentences", () => {
  it("gives the class change, then the figures' change", () => {
    const comparison = comparePeriods(
      year(2023, [unit("CD01", 80, 1, "HTT", figures(50, [5, 5]))]),
      year(2024, [unit("CD01", 92, 1, "HTXS", figures(55, [5, 6]))]),
    );
    expect(comparisonSentences(comparison, defaultRules.indicators)).toEqual([
      "Tăng 01 CĐCS hoàn thành xuất sắc nhiệm vụ, giảm 01 CĐCS hoàn thành tốt nhiệm vụ so với năm 2023.",
      "So với năm 2023: tổng số đoàn viên công đoàn 55 người, tăng 5 người (10%); " +
        "đoàn viên kết nạp mới trong kỳ 6 người, tăng 1 người (20%), tỷ lệ đạt 120% (năm 2023: 100%).",
    ]);
  });

  it("gives the class sentence alone when no figure changed", () => {
    const same = [unit("CD01", 80, 1, "HTT", figures(50, [5, 5]))];
    const comparison = comparePeriods(year(2023, same), year(2024, same));
    expect(comparisonSentences(comparison, defaultRules.indicators)).toEqual([
      "Số CĐCS ở từng loại xếp loại không thay đổi so với năm 2023.",
    ]);
  });
});
