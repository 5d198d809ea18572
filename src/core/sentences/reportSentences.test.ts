import type { AwardsResult, ProvincialTotals } from "../consolidation/types";
import { defaultRules } from "../rules";
import { reportSentences } from "./reportSentences";

const totals: ProvincialTotals = {
  units: 59,
  province: {
    DV02: { actual: 4535, target: null, attainment: null, reporting: 59 },
    XD01: { actual: 153, target: 59, attainment: 153 / 59, reporting: 59 },
  },
  clusters: [],
};
const noAwards: AwardsResult = { grants: [], pools: [], byUnit: {} };

describe("reportSentences", () => {
  it("gives totals, attainment, classification, recognition and awards in that order", () => {
    const awards: AwardsResult = {
      grants: [
        {
          unit: "A",
          award: "Cờ thi đua của LĐLĐ tỉnh",
          scope: "cluster",
          cluster: "Cụm 1",
          rank: 1,
          reason: "",
        },
      ],
      pools: [],
      byUnit: {},
    };
    expect(
      reportSentences(
        { totals, counts: { HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 }, awards },
        defaultRules,
      ),
    ).toEqual([
      "Tổng hợp báo cáo của 59 CĐCS: 4.535 đoàn viên công đoàn.",
      "Kết quả thực hiện chỉ tiêu: giới thiệu 153/59 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt tỷ lệ 259%.",
      "Kết quả xếp loại chất lượng 12 CĐCS hoàn thành xuất sắc nhiệm vụ, 45 CĐCS hoàn thành tốt nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không đủ thời gian phân loại.",
      "Công nhận 12 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ.",
      "Đề nghị tặng Cờ thi đua của LĐLĐ tỉnh cho 01 CĐCS.",
    ]);
  });

  it("leaves out the sentences with nothing to say, keeping the classification", () => {
    const empty: ProvincialTotals = { units: 0, province: {}, clusters: [] };
    expect(
      reportSentences(
        { totals: empty, counts: { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 }, awards: noAwards },
        defaultRules,
      ),
    ).toEqual(["Chưa có CĐCS nào được xếp loại chất lượng."]);
  });
});
