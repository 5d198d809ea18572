import { parsePeriod } from "./parsePeriod";
import type { Period } from "./period";
import { periodKey } from "./periodKey";

describe("periodKey", () => {
  it.each<[Period, string]>([
    [{ kind: "year", year: 2024 }, "2024"],
    [{ kind: "first-half", year: 2021 }, "2021-H1"],
    [{ kind: "second-half", year: 2021 }, "2021-H2"],
    [{ kind: "term", from: 2023, to: 2028 }, "2023-2028"],
  ])("keys %j as %j", (period, expected) => {
    expect(periodKey(period)).toBe(expected);
  });

  it("gives the same key to the same period however it was written", () => {
    const keys = ["Năm 2024", "NAM 2024", "  năm  2024"].map((t) => periodKey(parsePeriod(t)!));
    expect(new Set(keys)).toEqual(new Set(["2024"]));
  });

  it("tells the halves of a year and the year itself apart", () => {
    const keys = ["Năm 2021", "6 tháng đầu năm 2021", "6 tháng cuối năm 2021"].map((t) =>
      periodKey(parsePeriod(t)!),
    );
    expect(new Set(keys).size).toBe(3);
  });
});
