import type { IndicatorTotal } from "../consolidation/types";
import { defaultRules, type Indicator } from "../rules";
import { attainmentPhrase, attainmentSentence } from "./attainmentSentence";

const byCode = (code: string): Indicator => {
  const found = defaultRules.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no default indicator ${code}`);
  return found;
};
const total = (
  actual: number | null,
  target: number | null,
  attainment: number | null = null,
): IndicatorTotal => ({
  actual,
  target,
  attainment: attainment ?? (actual !== null && target ? actual / target : null),
  reporting: 1,
});
const custom = (more: Partial<Indicator>): Indicator => ({
  code: "HT01",
  label: "Số lớp tập huấn",
  unit: "lớp",
  kind: "count",
  direction: "higher",
  hasTarget: true,
  integer: true,
  ...more,
});

describe("attainmentPhrase", () => {
  it.each<[string, Indicator, IndicatorTotal, string | null]>([
    [
      "writes XD01 as the seed does",
      byCode("XD01"),
      total(153, 59),
      "giới thiệu 153/59 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt tỷ lệ 259%",
    ],
    ["writes DV04", byCode("DV04"), total(36, 40), "kết nạp mới 36/40 đoàn viên, đạt tỷ lệ 90%"],
    [
      "writes TD01",
      byCode("TD01"),
      total(489, 300),
      "có 489/300 sáng kiến, giải pháp được công nhận, đạt tỷ lệ 163%",
    ],
    [
      "writes CB01",
      byCode("CB01"),
      total(505, 311),
      "tập huấn 505/311 lượt cán bộ công đoàn, đạt tỷ lệ 162%",
    ],
    [
      "writes CL01 as units that held their conference",
      byCode("CL01"),
      total(53, 53),
      "53/53 CĐCS tổ chức Hội nghị CBCCVC, đạt tỷ lệ 100%",
    ],
    [
      "builds a configured indicator's phrase from its label and unit",
      custom({}),
      total(5, 4),
      "số lớp tập huấn 5/4 lớp, đạt tỷ lệ 125%",
    ],
    [
      "builds a configured yes/no indicator's phrase from its label",
      custom({
        code: "QC01",
        label: "Có quy chế chi tiêu nội bộ",
        kind: "yesno",
        unit: "Có/Không",
        yesTarget: true,
      }),
      total(40, 53),
      "40/53 CĐCS có quy chế chi tiêu nội bộ, đạt tỷ lệ 75%",
    ],
    [
      "groups thousands in the figures",
      byCode("CB01"),
      total(1169, 1000),
      "tập huấn 1.169/1.000 lượt cán bộ công đoàn, đạt tỷ lệ 117%",
    ],
    [
      "writes a less-is-better rate as the total gives it",
      custom({ code: "DV05", label: "Đoàn viên giảm trong kỳ", unit: "người", direction: "lower" }),
      total(6, 5, 5 / 6),
      "đoàn viên giảm trong kỳ 6/5 người, đạt tỷ lệ 83%",
    ],
    [
      "leaves the rate out when the target is 0",
      byCode("DV04"),
      total(3, 0),
      "kết nạp mới 3/0 đoàn viên",
    ],
    ["has no phrase without a total target", byCode("DV04"), total(3, null), null],
    ["has no phrase without a total actual", byCode("DV04"), total(null, 40), null],
  ])("%s", (_name, indicator, input, expected) => {
    expect(attainmentPhrase(indicator, input)).toBe(expected);
  });
});

describe("attainmentSentence", () => {
  it("joins the phrases in the configured order", () => {
    const sentence = attainmentSentence(
      {
        XD01: total(153, 59),
        DV04: total(36, 40),
        DV02: total(4535, null),
        CB01: total(505, 311),
      },
      defaultRules,
    );
    expect(sentence).toBe(
      "Kết quả thực hiện chỉ tiêu: kết nạp mới 36/40 đoàn viên, đạt tỷ lệ 90%; giới thiệu 153/59 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt tỷ lệ 259%; tập huấn 505/311 lượt cán bộ công đoàn, đạt tỷ lệ 162%.",
    );
  });

  it("is null when no indicator has a target", () => {
    expect(attainmentSentence({ DV02: total(4535, null) }, defaultRules)).toBeNull();
  });

  it("writes an English rendering", () => {
    expect(attainmentSentence({ DV04: total(36, 40) }, defaultRules, "en")).toBe(
      "Targets: 36/40 new members admitted, 90% of target.",
    );
  });
});
