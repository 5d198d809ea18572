import type { IndicatorTotal } from "../consolidation/types";
import { defaultRules, type Indicator } from "../rules";
import { totalsSentence } from "./totalsSentence";

const total = (actual: number | null, target: number | null = null): IndicatorTotal => ({
  actual,
  target,
  attainment: null,
  reporting: 1,
});

describe("totalsSentence", () => {
  it("writes the totals with Vietnamese separators, in the configured order", () => {
    const sentence = totalsSentence(
      53,
      {
        CL03: total(216.8),
        DV02: total(4535),
        DV01: total(2686),
        DV03: total(2100),
        DV05: total(0),
        TD02: total(35),
        TD03: total(3600),
        TD04: total(45),
        CL05: total(3),
        DV04: total(36, 40),
      },
      defaultRules,
    );
    expect(sentence).toBe(
      'Tổng hợp báo cáo của 53 CĐCS: 2.686 CBCCVC, người lao động; 4.535 đoàn viên công đoàn; 2.100 đoàn viên nữ; số tiền thăm hỏi, trợ cấp 216,8 triệu đồng; xây mới, sửa chữa 3 căn nhà "Mái ấm Công đoàn"; tổ chức 35 hoạt động VHVN-TDTT; 3.600 lượt người tham gia hoạt động VHVN-TDTT; 45 CĐCS có cơ quan đạt chuẩn "Cơ quan văn hóa".',
    );
  });

  it("builds a configured indicator's phrase from its label and unit", () => {
    const fund: Indicator = {
      code: "QX01",
      label: "Quỹ xã hội công đoàn",
      unit: "triệu đồng",
      kind: "money",
      direction: "higher",
      hasTarget: false,
      integer: false,
    };
    expect(totalsSentence(2, { QX01: total(51.5) }, { indicators: [fund] })).toBe(
      "Tổng hợp báo cáo của 2 CĐCS: quỹ xã hội công đoàn: 51,5 triệu đồng.",
    );
  });

  it("is null when there is nothing to write", () => {
    expect(totalsSentence(0, { DV02: total(null), DV05: total(0) }, defaultRules)).toBeNull();
  });
});
