import type { AwardsResult, ProvincialTotals } from "../consolidation/types";
import { countProposals } from "../proposals";
import { proposalsOf } from "../proposals/testing/proposals";
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

  it("ends with the units' own proposals when there are some", () => {
    const proposals = countProposals(
      proposalsOf("Giấy khen của CĐVC tỉnh", "collective", 26, 6),
      defaultRules.awards,
    );
    const sentences = reportSentences(
      {
        totals,
        counts: { HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 },
        awards: noAwards,
        proposals,
      },
      defaultRules,
    );
    expect(sentences.slice(-2)).toEqual([
      "Công nhận 12 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ.",
      "CĐVC tỉnh tặng 26 giấy khen cho tập thể (trong đó có 06 tập thể khen chuyên đề).",
    ]);
  });
});

describe("reportSentences with a list of expected units", () => {
  it("begins with how many of the expected units sent a report", () => {
    const sentences = reportSentences(
      {
        totals,
        counts: { HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 },
        awards: noAwards,
        submissions: { received: 57, expected: 59 },
      },
      defaultRules,
    );
    expect(sentences[0]).toBe("57/59 CĐCS đã gửi báo cáo.");
    expect(sentences[1]).toBe("Tổng hợp báo cáo của 59 CĐCS: 4.535 đoàn viên công đoàn.");
  });

  it("says nothing of it without a list", () => {
    const counts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };
    const empty: ProvincialTotals = { units: 0, province: {}, clusters: [] };
    expect(
      reportSentences({ totals: empty, counts, awards: noAwards, submissions: null }, defaultRules),
    ).toEqual(["Chưa có CĐCS nào được xếp loại chất lượng."]);
  });
});
