import { defaultRules } from "../rules";
import { comparePeriods } from "./comparePeriods";
import { figures, unit, year } from "./testing/periods";

const before = year(2023, [
  unit("CD01", 88, 3, "HTT", figures(100, [10, 8])),
  unit("CD02", 95, 1, "HTXS", figures(80, [5, 5])),
  unit("CD03", 91, 2, "HTXS", figures(60, [4, 6], false)),
  unit("CD04", 40, 4, "KHT", figures(30, [2, 0])),
]);
const after = year(2024, [
  unit("CD01", 93.5, 1, "HTXS", figures(110, [10, 12])),
  unit("CD02", 90.25, 2, "HTXS", figures(80, [5, 5])),
  unit("CD03", 85, 3, "HT", figures(58, [4, 3], false)),
  unit("CD05", 70, 4, "CXL", figures(20, [1, 1])),
]);

describe("comparePeriods", () => {
  const comparison = comparePeriods(before, after);

  it("lists the current units by rank, then those gone since", () => {
    expect(comparison.units.map((u) => u.code)).toEqual(["CD01", "CD02", "CD03", "CD05", "CD04"]);
  });

  it.each([
    ["CD01", 5.5, 2, "up"],
    ["CD02", -4.75, -1, "same"],
    ["CD03", -6, -1, "down"],
    ["CD05", null, null, null],
    ["CD04", null, null, null],
  ] as const)(
    "gives %s a score change of %s, a rank change of %s, a class move %s",
    (code, score, rank, move) => {
      const u = comparison.units.find((x) => x.code === code)!;
      expect([u.scoreChange, u.rankChange, u.classMove]).toEqual([score, rank, move]);
    },
  );

  it("keeps each period's standing, null for the period a unit was not in", () => {
    const gone = comparison.units.find((u) => u.code === "CD04")!;
    expect(gone.previous).toEqual({ score: 40, rank: 4, clusterRank: 4, classification: "KHT" });
    expect(gone.current).toBeNull();
    expect(comparison.units.find((u) => u.code === "CD05")!.previous).toBeNull();
  });

  it("compares each unit's figures, a yes/no answer as 1 or 0", () => {
    const cd01 = comparison.units.find((u) => u.code === "CD01")!;
    expect(cd01.indicators.DV04).toEqual({
      previous: 8,
      current: 12,
      change: 4,
      changeRate: 0.5,
      previousAttainment: 0.8,
      currentAttainment: 1.2,
    });
    expect(comparison.units.find((u) => u.code === "CD03")!.indicators.CL01).toMatchObject({
      previous: 0,
      current: 0,
      change: 0,
      changeRate: null,
    });
  });

  it("compares the province's units, classes and totals", () => {
    expect(comparison.province.units).toEqual({ previous: 4, current: 4, change: 0 });
    expect(comparison.province.classes).toEqual({
      HTXS: { previous: 2, current: 2, change: 0 },
      HTT: { previous: 1, current: 0, change: -1 },
      HT: { previous: 0, current: 1, change: 1 },
      KHT: { previous: 1, current: 0, change: -1 },
      CXL: { previous: 0, current: 1, change: 1 },
    });
    // New members: 19/21 then 21/20 — rates of the sums, never averages.
    expect(comparison.province.indicators.DV04).toEqual({
      previous: 19,
      current: 21,
      change: 2,
      changeRate: 2 / 19,
      previousAttainment: 19 / 21,
      currentAttainment: 21 / 20,
    });
    expect(comparison.province.indicators.CL01).toMatchObject({
      previous: 3,
      current: 3,
      changeRate: null,
    });
  });

  it("compares only the indicators both periods' rules have, with the same kind", () => {
    const changed = {
      ...defaultRules,
      indicators: defaultRules.indicators
        .filter((i) => i.code !== "TD04")
        .map((i) => (i.code === "CL04" ? { ...i, kind: "number" as const } : i)),
    };
    const previous = {
      ...before,
      rules: {
        ...defaultRules,
        indicators: [...defaultRules.indicators].map((i) =>
          i.code === "CL04" ? { ...i, kind: "money" as const } : i,
        ),
      },
    };
    const c = comparePeriods(previous, { ...after, rules: changed });
    expect(c.indicators).not.toContain("TD04");
    expect(c.indicators).not.toContain("CL04");
    expect(c.indicators).toContain("DV04");
  });

  it("ends with the sentences of the comparison", () => {
    expect(comparison.sentences[0]).toBe(
      "Giảm 01 CĐCS hoàn thành tốt nhiệm vụ, tăng 01 CĐCS hoàn thành nhiệm vụ, giảm 01 CĐCS không hoàn thành nhiệm vụ, " +
        "tăng 01 CĐCS không đủ thời gian phân loại so với năm 2023.",
    );
  });
});
