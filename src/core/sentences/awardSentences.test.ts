import type { AwardGrant, AwardsResult } from "../consolidation/types";
import { awardsSentence, recognitionSentence } from "./awardSentences";

const grant = (unit: string, award: string): AwardGrant => ({
  unit,
  award,
  scope: "province",
  cluster: null,
  rank: 1,
  reason: "",
});
const awards = (...grants: AwardGrant[]): AwardsResult => ({ grants, pools: [], byUnit: {} });

describe("recognitionSentence", () => {
  it.each<[string, number, string | null]>([
    [
      "recognises the HTXS units",
      12,
      "Công nhận 12 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ.",
    ],
    [
      "writes a count under 10 with two digits",
      3,
      "Công nhận 03 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ.",
    ],
    ["says nothing without HTXS units", 0, null],
  ])("%s", (_name, htxs, expected) => {
    expect(recognitionSentence({ HTXS: htxs, HTT: 5, HT: 0, KHT: 0, CXL: 0 })).toBe(expected);
  });
});

describe("awardsSentence", () => {
  it("counts each award in the order it was first given", () => {
    expect(
      awardsSentence(
        awards(
          grant("A", "Cờ thi đua của LĐLĐ tỉnh"),
          grant("B", "Cờ thi đua của LĐLĐ tỉnh"),
          grant("C", "Bằng khen của LĐLĐ tỉnh"),
          grant("A", "Giấy khen của CĐVC tỉnh"),
        ),
      ),
    ).toBe(
      "Đề nghị tặng Cờ thi đua của LĐLĐ tỉnh cho 02 CĐCS, tặng Bằng khen của LĐLĐ tỉnh cho 01 CĐCS, tặng Giấy khen của CĐVC tỉnh cho 01 CĐCS.",
    );
  });

  it("says nothing when no award was proposed", () => {
    expect(awardsSentence(awards())).toBeNull();
  });
});
