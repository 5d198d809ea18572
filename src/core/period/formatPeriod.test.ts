import { formatPeriod } from "./formatPeriod";
import { parsePeriod } from "./parsePeriod";
import type { Period } from "./period";

describe("formatPeriod", () => {
  it.each<[Period, string]>([
    [{ kind: "year", year: 2024 }, "Năm 2024"],
    [{ kind: "first-half", year: 2021 }, "6 tháng đầu năm 2021"],
    [{ kind: "second-half", year: 2021 }, "6 tháng cuối năm 2021"],
    [{ kind: "term", from: 2023, to: 2028 }, "Nhiệm kỳ 2023-2028"],
  ])("writes %j as %j, which reads back to the same period", (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
    expect(parsePeriod(expected)).toEqual(period);
  });

  it.each(["nam 2024", "6 THANG CUOI NAM 2021", "Nhiệm kỳ 2023 – 2028"])(
    "turns the variant %j into the canonical text",
    (variant) => {
      const period = parsePeriod(variant);
      expect(period).not.toBeNull();
      expect(formatPeriod(period!)).toMatch(/^(Năm|6 tháng cuối năm|Nhiệm kỳ) \d{4}(-\d{4})?$/);
    },
  );
});
