import { consolidate } from "../consolidation/consolidate";
import type { ConsolidationEntry, UnitValues } from "../consolidation/types";
import { makeFinding } from "../findings/makeFinding";
import { defaultRules } from "../rules";
import { figures } from "./testing/periods";
import { periodResultOf } from "./periodResultOf";

function values(code: string, score: number): UnitValues {
  let left = score;
  return {
    code,
    name: `CĐCS ${code}`,
    cluster: "Cụm 1",
    founded: null,
    indicators: figures(50, [4, 5]),
    criteria: Object.fromEntries(
      defaultRules.criteria.map((c) => {
        const self = Math.min(c.maxPoints, left);
        left -= self;
        return [c.code, { self, appraised: null }];
      }),
    ),
  };
}

const entries: ConsolidationEntry[] = [
  { file: "a.xlsx", unit: values("CD01", 75), findings: [], replacedBy: null },
  { file: "b.xlsx", unit: values("CD02", 95), findings: [], replacedBy: null },
  {
    file: "c.xlsx",
    unit: values("CD03", 99),
    findings: [makeFinding("number.not-a-number", { file: "c.xlsx" }, { text: "x" })],
    replacedBy: null,
  },
];

describe("periodResultOf", () => {
  it("keeps the included units with their score, ranks, class and figures", () => {
    const result = consolidate({ entries, period: { kind: "year", year: 2024 } }, defaultRules);
    const period = periodResultOf(result, defaultRules, "TongHop.xlsx");
    expect(period?.source).toBe("TongHop.xlsx");
    expect(period?.period).toEqual({ kind: "year", year: 2024 });
    expect(
      period?.units.map((u) => [u.code, u.score, u.rank, u.clusterRank, u.classification]),
    ).toEqual([
      ["CD01", 75, 2, 2, "HTT"],
      ["CD02", 95, 1, 1, "HTXS"],
    ]);
    expect(period?.units[0]?.indicators.DV04).toEqual({ target: 4, actual: 5 });
  });

  it("gives nothing for a consolidation without a period", () => {
    const result = consolidate({ entries, period: null }, defaultRules);
    expect(periodResultOf(result, defaultRules, "TongHop.xlsx")).toBeNull();
  });
});
