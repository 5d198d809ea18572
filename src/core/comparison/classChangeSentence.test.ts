import type { ClassCode } from "../rules";
import { classChangeSentence } from "./classChangeSentence";

function counts(
  before: Partial<Record<ClassCode, number>>,
  after: Partial<Record<ClassCode, number>>,
) {
  const all = ["HTXS", "HTT", "HT", "KHT", "CXL"] as const;
  return Object.fromEntries(
    all.map((c) => {
      const previous = before[c] ?? 0;
      const current = after[c] ?? 0;
      return [c, { previous, current, change: current - previous }];
    }),
  ) as Record<ClassCode, { previous: number; current: number; change: number }>;
}

const y2023 = { kind: "year", year: 2023 } as const;

describe("classChangeSentence", () => {
  it("says how many more units completed their tasks with excellence than last year", () => {
    expect(classChangeSentence(counts({ HTXS: 9, HTT: 40 }, { HTXS: 12, HTT: 40 }), y2023)).toBe(
      "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ so với năm 2023.",
    );
  });

  it("lists every class that changed, best first", () => {
    expect(
      classChangeSentence(
        counts({ HTXS: 9, HTT: 40, KHT: 2 }, { HTXS: 12, HTT: 38, CXL: 1 }),
        y2023,
      ),
    ).toBe(
      "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ, giảm 02 CĐCS hoàn thành tốt nhiệm vụ, " +
        "giảm 02 CĐCS không hoàn thành nhiệm vụ, tăng 01 CĐCS không đủ thời gian phân loại so với năm 2023.",
    );
  });

  it("says so when no class changed", () => {
    expect(
      classChangeSentence(counts({ HTT: 4 }, { HTT: 4 }), { kind: "first-half", year: 2024 }),
    ).toBe("Số CĐCS ở từng loại xếp loại không thay đổi so với 6 tháng đầu năm 2024.");
  });

  it("writes English for the interface", () => {
    expect(classChangeSentence(counts({ HTXS: 9 }, { HTXS: 12 }), y2023, "en")).toBe(
      "Compared with Năm 2023: 03 more units completed their tasks with excellence.",
    );
  });
});
