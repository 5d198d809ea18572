import type { Indicator } from "../rules";
import { provincialTotals, type TotalledUnit } from "./provincialTotals";
import type { IndicatorTotal } from "./types";

const indicator = (
  code: string,
  kind: Indicator["kind"],
  more: Partial<Indicator> = {},
): Indicator => ({
  code,
  label: code,
  unit: "người",
  kind,
  direction: "higher",
  hasTarget: false,
  integer: kind === "count",
  ...more,
});
const rules = {
  indicators: [
    indicator("XD01", "count", { hasTarget: true }),
    indicator("DV05", "count", { direction: "lower", hasTarget: true }),
    indicator("CL01", "yesno", { hasTarget: true, yesTarget: true }),
    indicator("TD04", "yesno"),
    indicator("CL03", "money", { unit: "triệu đồng" }),
  ],
};
const unit = (cluster: string | null, values: TotalledUnit["indicators"]): TotalledUnit => ({
  cluster,
  indicators: values,
});
const units: TotalledUnit[] = [
  unit("Cụm 1", {
    XD01: { target: 30, actual: 80 },
    DV05: { target: 2, actual: 1 },
    CL01: { target: null, actual: true },
    TD04: { target: null, actual: true },
    CL03: { target: null, actual: 100.1 },
  }),
  unit("Cụm 2", {
    XD01: { target: 29, actual: 73 },
    DV05: { target: 3, actual: 5 },
    CL01: { target: null, actual: false },
    TD04: { target: null, actual: false },
    CL03: { target: null, actual: 116.7 },
  }),
  unit(null, {
    XD01: { target: null, actual: 0 },
    DV05: { target: null, actual: 0 },
    CL01: { target: null, actual: true },
    TD04: { target: null, actual: null },
    CL03: { target: null, actual: null },
  }),
];

describe("provincialTotals", () => {
  const totals = provincialTotals(units, rules);

  it.each<[string, string, IndicatorTotal]>([
    [
      "sums actuals and targets, attainment = total actual ÷ total target",
      "XD01",
      { actual: 153, target: 59, attainment: 153 / 59, reporting: 3 },
    ],
    [
      "flips attainment where less is better (target ÷ actual)",
      "DV05",
      { actual: 6, target: 5, attainment: 5 / 6, reporting: 3 },
    ],
    [
      "counts the units that answered Có; the target is the units that answered",
      "CL01",
      { actual: 2, target: 3, attainment: 2 / 3, reporting: 3 },
    ],
    [
      "counts Có without a rate where the target is not Có; an empty answer is not counted",
      "TD04",
      { actual: 1, target: null, attainment: null, reporting: 2 },
    ],
    [
      "sums money without binary noise (100,1 + 116,7 = 216,8)",
      "CL03",
      { actual: 216.8, target: null, attainment: null, reporting: 2 },
    ],
  ])("%s", (_name, code, expected) => {
    expect(totals.province[code]).toEqual(expected);
  });

  it("totals each cluster on its own, in natural order, leaving out units in no cluster", () => {
    expect(totals.units).toBe(3);
    expect(totals.clusters.map((c) => [c.cluster, c.units, c.totals.XD01])).toEqual([
      ["Cụm 1", 1, { actual: 80, target: 30, attainment: 80 / 30, reporting: 1 }],
      ["Cụm 2", 1, { actual: 73, target: 29, attainment: 73 / 29, reporting: 1 }],
    ]);
  });

  it("is not the average of the units' rates", () => {
    const skewed = provincialTotals(
      [
        unit("A", { XD01: { target: 1, actual: 10 } }),
        unit("A", { XD01: { target: 99, actual: 90 } }),
      ],
      rules,
    );
    expect(skewed.province.XD01?.attainment).toBe(1);
  });

  it.each<[string, TotalledUnit[], IndicatorTotal]>([
    [
      "has no total and no rate without units",
      [],
      { actual: null, target: null, attainment: null, reporting: 0 },
    ],
    [
      "has no rate when the total target is 0 (never Infinity)",
      [unit("A", { XD01: { target: 0, actual: 4 } })],
      { actual: 4, target: 0, attainment: null, reporting: 1 },
    ],
    [
      "has no rate when no unit set a target",
      [unit("A", { XD01: { target: null, actual: 4 } })],
      { actual: 4, target: null, attainment: null, reporting: 1 },
    ],
    [
      "has no rate when no unit gave an actual (never NaN)",
      [unit("A", { XD01: { target: 5, actual: null } })],
      { actual: null, target: 5, attainment: null, reporting: 0 },
    ],
    [
      "has no total for an indicator no unit reported",
      [unit("A", {})],
      { actual: null, target: null, attainment: null, reporting: 0 },
    ],
  ])("%s", (_name, input, expected) => {
    expect(provincialTotals(input, rules).province.XD01).toEqual(expected);
  });

  it("gives a less-is-better total of 0 lost members full attainment", () => {
    const none = provincialTotals([unit("A", { DV05: { target: 4, actual: 0 } })], rules);
    expect(none.province.DV05).toEqual({ actual: 0, target: 4, attainment: 1, reporting: 1 });
  });

  it("has no yes/no total when nobody answered", () => {
    const none = provincialTotals([unit("A", { CL01: { target: null, actual: null } })], rules);
    expect(none.province.CL01).toEqual({
      actual: null,
      target: null,
      attainment: null,
      reporting: 0,
    });
  });
});
