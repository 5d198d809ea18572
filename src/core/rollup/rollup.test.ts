import { provincialTotals } from "../consolidation/provincialTotals";
import { figures, unit, year } from "../comparison/testing/periods";
import { defaultRules } from "../rules";
import { rollup } from "./rollup";

const a = year(
  2024,
  [
    unit("A1", 95, 1, "HTXS", figures(100, [10, 30])),
    unit("A2", 80, 2, "HTT", figures(50, [10, 1])),
  ],
  defaultRules,
  "CDVC-A",
);
const b = year(2024, [unit("B1", 70, 1, "HT", figures(30, [2, 2], false))], defaultRules, "CDVC-B");
const c = year(
  2024,
  [unit("C1", 60, 1, "CXL", figures(20, [0, 3])), unit("C2", 92, 2, "HTXS", figures(70, [8, 8]))],
  defaultRules,
  "CDVC-C",
);

describe("rollup", () => {
  const result = rollup([a, b, c]);

  it("sums the totals over every unit, as one consolidation of all of them would", () => {
    const allAtOnce = provincialTotals([...a.units, ...b.units, ...c.units], defaultRules).province;
    expect(result.totals).toEqual(allAtOnce);
    expect(result.units).toBe(5);
  });

  it("rates attainment as total actual over total target, never the mean of the sources' rates", () => {
    // 44 new members against 30; the sources' own rates are 155%, 100% and 138%.
    expect(result.totals.DV04).toEqual({
      actual: 44,
      target: 30,
      attainment: 44 / 30,
      reporting: 5,
    });
    expect(result.sources.map((s) => s.totals.DV04?.attainment)).toEqual([31 / 20, 1, 11 / 8]);
  });

  it("lists each source's classes and adds them up", () => {
    expect(result.sources.map((s) => [s.source, s.units, s.counts.HTXS])).toEqual([
      ["CDVC-A", 2, 1],
      ["CDVC-B", 1, 0],
      ["CDVC-C", 2, 1],
    ]);
    expect(result.counts).toEqual({ HTXS: 2, HTT: 1, HT: 1, KHT: 0, CXL: 1 });
    expect(result.period).toEqual({ kind: "year", year: 2024 });
    expect(result.findings).toEqual([]);
  });

  it("writes the sentences of all the units, then source by source", () => {
    expect(result.sentences.at(-2)).toBe(
      "Kết quả xếp loại chất lượng 02 CĐCS hoàn thành xuất sắc nhiệm vụ, 01 CĐCS hoàn thành tốt nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không đủ thời gian phân loại.",
    );
    expect(result.sentences.at(-1)).toBe(
      "Theo từng đơn vị: CDVC-A 2 CĐCS (01 CĐCS hoàn thành xuất sắc nhiệm vụ, 01 CĐCS hoàn thành tốt nhiệm vụ); " +
        "CDVC-B 1 CĐCS (01 CĐCS hoàn thành nhiệm vụ); " +
        "CDVC-C 2 CĐCS (01 CĐCS hoàn thành xuất sắc nhiệm vụ, 01 CĐCS không đủ thời gian phân loại).",
    );
  });

  it("has no period when the sources disagree, and says which source is off", () => {
    const mixed = rollup([a, { ...b, period: { kind: "year", year: 2023 } }]);
    expect(mixed.period).toBeNull();
    expect(mixed.findings.map((f) => [f.code, f.file])).toEqual([
      ["rollup.period-mismatch", "CDVC-B"],
    ]);
  });
});
