import { periodSummary } from "./periodSummary";
import { figures, unit, year } from "./testing/periods";

describe("periodSummary", () => {
  it("counts the units per class and sums their figures, attainment on the sums", () => {
    const summary = periodSummary(
      year(2024, [
        unit("CD01", 95, 1, "HTXS", figures(100, [10, 15])),
        unit("CD02", 80, 2, "HTT", figures(60, [10, 5], false)),
        unit("CD03", 70, 3, "CXL", figures(40, [0, 4])),
      ]),
    );
    expect(summary.units).toBe(3);
    expect(summary.counts).toEqual({ HTXS: 1, HTT: 1, HT: 0, KHT: 0, CXL: 1 });
    expect(summary.totals.DV02).toEqual({
      actual: 200,
      target: null,
      attainment: null,
      reporting: 3,
    });
    // 24 new members against 20: 120%, not the average of 150%, 50% and no rate.
    expect(summary.totals.DV04).toEqual({ actual: 24, target: 20, attainment: 1.2, reporting: 3 });
    expect(summary.totals.CL01).toMatchObject({ actual: 2, target: 3 });
  });
});
