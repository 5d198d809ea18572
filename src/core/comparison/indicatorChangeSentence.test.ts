import { defaultRules, type Indicator } from "../rules";
import type { FigureChange } from "./figureChange";
import { indicatorChangeSentence } from "./indicatorChangeSentence";

const indicator = (code: string): Indicator =>
  defaultRules.indicators.find((i) => i.code === code)!;
const y2023 = { kind: "year", year: 2023 } as const;

function change(
  previous: number | null,
  current: number | null,
  attainment: [number | null, number | null] = [null, null],
  rate = true,
): FigureChange {
  const diff = previous === null || current === null ? null : current - previous;
  return {
    previous,
    current,
    change: diff,
    changeRate: diff === null || !previous || !rate ? null : diff / previous,
    previousAttainment: attainment[0],
    currentAttainment: attainment[1],
  };
}

describe("indicatorChangeSentence", () => {
  it("writes each changed total with its change, rate of change and attainment", () => {
    const sentence = indicatorChangeSentence(
      {
        DV02: change(4415, 4535),
        DV04: change(110, 106, [0.85, 0.9]),
        CL01: change(57, 59, [0.95, 1], false),
        CL03: change(0, 12.5),
      },
      ["DV02", "DV04", "CL01", "CL03"].map(indicator),
      y2023,
    );
    expect(sentence).toBe(
      "So với năm 2023: tổng số đoàn viên công đoàn 4.535 người, tăng 120 người (2,7%); " +
        "đoàn viên kết nạp mới trong kỳ 106 người, giảm 4 người (3,6%), tỷ lệ đạt 90% (năm 2023: 85%); " +
        "59 CĐCS tổ chức Hội nghị CBCCVC, tăng 2 CĐCS, tỷ lệ đạt 100% (năm 2023: 95%); " +
        "số tiền thăm hỏi, trợ cấp 12,5 triệu đồng, tăng 12,5 triệu đồng.",
    );
  });

  it("leaves out totals that did not change or are missing in a period", () => {
    expect(
      indicatorChangeSentence(
        { DV02: change(100, 100), DV01: change(null, 300), DV03: change(40, null) },
        ["DV01", "DV02", "DV03"].map(indicator),
        y2023,
      ),
    ).toBeNull();
  });
});
