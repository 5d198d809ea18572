import { defaultRules } from "../../src/core/rules";
import {
  expectedConsolidation,
  ORACLE_CRITERIA,
  ORACLE_INDICATORS,
  scoreInHundredths,
  tooNew,
  type OracleSubmission,
  type OracleUnit,
} from "./oracle";
import type { UnitValues } from "./validUnitValues";

const END_2024 = new Date(Date.UTC(2024, 11, 31));
const OPTIONS = { period: "Năm 2024", periodEnd: END_2024 };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Scores that sum to `total` (halves on TC1..TC7, the rest on TC7 appraised). */
function scores(total: number, extra: Partial<UnitValues["indicators"]> = {}): UnitValues {
  const maxes = Object.entries(ORACLE_CRITERIA);
  let left = total;
  const out: Record<string, { self: number }> = {};
  for (const [code, max] of maxes) {
    const self = Math.min(max, left);
    out[code] = { self };
    left = Math.round((left - self) * 1000) / 1000;
  }
  return {
    indicators: { CL01: { actual: true }, ...extra } as UnitValues["indicators"],
    scores: out,
  };
}

function unit(code: string, total: number, more: Partial<OracleUnit> = {}): OracleSubmission {
  return {
    file: `${code}.xlsx`,
    errors: false,
    unit: {
      code,
      name: code,
      cluster: "Cụm 1",
      period: "Năm 2024",
      founded: null,
      reportDate: day(2024, 12, 15),
      values: scores(total),
      ...more,
    },
  };
}

describe("oracle: its tables are DOMAIN.md's defaults", () => {
  it("lists the default indicators with their kind, direction and yes target", () => {
    expect(
      ORACLE_INDICATORS.map((i) => [i.code, i.kind, !!i.lowerIsBetter, !!i.yesTarget]),
    ).toEqual(
      defaultRules.indicators.map((i) => [
        i.code,
        i.kind === "yesno" ? "yesno" : "number",
        i.direction === "lower",
        i.yesTarget === true,
      ]),
    );
  });

  it("gives the default criteria their max points", () => {
    expect(ORACLE_CRITERIA).toEqual(
      Object.fromEntries(defaultRules.criteria.map((c) => [c.code, c.maxPoints])),
    );
  });
});

describe("oracle: scores", () => {
  it.each<[string, UnitValues["scores"], number]>([
    ["sums self scores", { TC1: { self: 15 }, TC2: { self: 19.5 } }, 3450],
    ["prefers the appraised score", { TC1: { self: 15, appraised: 12.25 } }, 1225],
    ["clips to the criterion's max", { TC6: { self: 7 } }, 500],
    ["clips below zero", { TC4: { self: -2 }, TC5: { self: 3 } }, 300],
    ["rounds a half up, away from zero", { TC1: { self: 14.495 }, TC2: { self: 20 } }, 3450],
    ["rounds below a half down", { TC1: { self: 14.494 } }, 1449],
  ])("%s", (_name, given, hundredths) => {
    const all = Object.fromEntries(Object.keys(ORACLE_CRITERIA).map((c) => [c, { self: 0 }]));
    expect(scoreInHundredths({ indicators: {}, scores: { ...all, ...given } })).toBe(hundredths);
  });

  it("refuses a score with more than three decimals rather than guess", () => {
    const values = scores(50);
    const tc1 = { TC1: { self: 12.0001 } };
    expect(() => scoreInHundredths({ ...values, scores: { ...values.scores, ...tc1 } })).toThrow(
      /3 decimals/,
    );
  });
});

describe("oracle: CXL by founding date", () => {
  it.each<[Date, boolean]>([
    [day(2024, 7, 1), false],
    [day(2024, 7, 2), true],
    [day(2024, 6, 30), false],
    [day(2025, 2, 1), true],
    [day(2010, 1, 1), false],
  ])("founded %s: too new = %s", (founded, expected) => {
    expect(tooNew(founded, END_2024)).toBe(expected);
  });
});

describe("oracle: classification, quota and ranks", () => {
  it("classifies by thresholds, caps CL01 = Không at HT, leaves a too-new unit unclassified", () => {
    const result = expectedConsolidation(
      [
        unit("A", 95),
        unit("B", 96, { values: scores(96, { CL01: { actual: false } }) }),
        unit("C", 70),
        unit("D", 69.99),
        unit("E", 49.99),
        unit("F", 99, { founded: day(2024, 9, 1) }),
      ],
      OPTIONS,
    );
    const get = (f: string) => result.units.get(`${f}.xlsx`)!;
    expect(["A", "B", "C", "D", "E", "F"].map((f) => get(f).classification)).toEqual([
      "HTXS",
      "HT",
      "HTT",
      "HT",
      "KHT",
      "CXL",
    ]);
    expect(get("F").rank).toBe(1);
    expect(get("A").rank).toBe(3);
    expect(result.quota).toEqual({ limit: 1, demoted: [] });
  });

  it("moves the tie at the limit's edge down together, leaving fewer than the limit", () => {
    // 10 HTXS/HTT units → limit 2; HTXS scores 98, 93, 93 → the two 93s both move.
    const subs = [
      unit("A", 98),
      unit("B", 93),
      unit("C", 93),
      ...[1, 2, 3, 4, 5, 6, 7].map((k) => unit(`H${k}`, 70 + k)),
    ];
    const result = expectedConsolidation(subs, OPTIONS);
    expect(result.quota).toEqual({ limit: 2, demoted: ["B", "C"] });
    expect(result.classificationCounts).toEqual({ HTXS: 1, HTT: 9, HT: 0, KHT: 0, CXL: 0 });
    expect(result.units.get("B.xlsx")).toMatchObject({ rank: 2, why: "quota" });
    expect(result.units.get("C.xlsx")).toMatchObject({ rank: 2, classification: "HTT" });
    expect(result.units.get("H7.xlsx")?.rank).toBe(4);
  });

  it("ranks within clusters matched ignoring case and diacritics; no cluster, no cluster rank", () => {
    const result = expectedConsolidation(
      [
        unit("A", 80, { cluster: "Cụm 2" }),
        unit("B", 85, { cluster: "CUM 2" }),
        unit("C", 90, { cluster: "Cụm 1" }),
        unit("D", 75, { cluster: null }),
      ],
      OPTIONS,
    );
    expect(
      ["A", "B", "C", "D"].map((f) => [
        result.units.get(`${f}.xlsx`)!.rank,
        result.units.get(`${f}.xlsx`)!.clusterRank,
      ]),
    ).toEqual([
      [3, 2],
      [2, 1],
      [1, 1],
      [4, null],
    ]);
  });
});

describe("oracle: which files count", () => {
  it("replaces an earlier copy, rejects tied copies, errors, other periods and unreadable files", () => {
    const result = expectedConsolidation(
      [
        unit("A", 80, { reportDate: day(2024, 12, 10) }),
        { ...unit("A", 81, { reportDate: day(2024, 12, 14) }), file: "A2.xlsx" },
        unit("B", 80),
        { ...unit("B", 82), file: "B2.xlsx" },
        { ...unit("C", 80), errors: true },
        unit("D", 80, { period: "Năm 2023" }),
        unit("E", 80, { period: "NAM 2024" }),
        { file: "hong.xlsx", unit: null, errors: true },
      ],
      OPTIONS,
    );
    const row = (f: string) => {
      const u = result.units.get(f)!;
      return [u.status, u.replacedBy, u.score];
    };
    expect(
      ["A.xlsx", "A2.xlsx", "B.xlsx", "B2.xlsx", "C.xlsx", "D.xlsx", "E.xlsx", "hong.xlsx"].map(
        row,
      ),
    ).toEqual([
      ["replaced", "A2.xlsx", null],
      ["included", null, 81],
      ["rejected", null, null],
      ["rejected", null, null],
      ["rejected", null, null],
      ["rejected", null, null],
      ["included", null, 80],
      ["rejected", null, null],
    ]);
  });
});

describe("oracle: totals and attainment", () => {
  it("sums actuals of every unit, targets of those that set one, and counts Có", () => {
    const values = (dv04: object, dv05: object, cl01: boolean, td04: boolean) =>
      ({
        indicators: { DV04: dv04, DV05: dv05, CL01: { actual: cl01 }, TD04: { actual: td04 } },
        scores: scores(80).scores,
      }) as UnitValues;
    const result = expectedConsolidation(
      [
        unit("A", 80, {
          values: values({ target: 10, actual: 12 }, { target: 4, actual: 2 }, true, true),
        }),
        unit("B", 80, { values: values({ actual: 5 }, { target: 2, actual: 0 }, false, true) }),
        unit("C", 80, {
          values: values({ target: 20, actual: 9 }, { target: 0, actual: 3 }, true, false),
        }),
      ],
      OPTIONS,
    );
    expect(result.totals).toEqual({ DV04: 26, DV05: 5, CL01: 2, TD04: 2 });
    expect(result.attainment).toEqual({ DV04: 26 / 30, DV05: 6 / 5, CL01: 2 / 3 });
  });
});
