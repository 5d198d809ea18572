import type { Period } from "./period";
import { periodEnd, periodStart } from "./periodBounds";

describe("periodStart and periodEnd", () => {
  it.each<[Period, string, string]>([
    [{ kind: "year", year: 2024 }, "2024-01-01", "2024-12-31"],
    [{ kind: "first-half", year: 2021 }, "2021-01-01", "2021-06-30"],
    [{ kind: "second-half", year: 2021 }, "2021-07-01", "2021-12-31"],
    [{ kind: "term", from: 2023, to: 2028 }, "2023-01-01", "2028-12-31"],
    [{ kind: "first-half", year: 2024 }, "2024-01-01", "2024-06-30"],
  ])("bounds %j by %s and %s as UTC midnights", (period, start, end) => {
    expect(periodStart(period).toISOString()).toBe(`${start}T00:00:00.000Z`);
    expect(periodEnd(period).toISOString()).toBe(`${end}T00:00:00.000Z`);
  });
});
