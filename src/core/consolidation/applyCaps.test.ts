import type { ClassCode, Indicator, Rules } from "../rules";
import { applyCaps } from "./applyCaps";
import type { IndicatorValue } from "./types";

const cl01: Indicator = {
  code: "CL01",
  label: "Tổ chức Hội nghị CBCCVC",
  unit: "Có/Không",
  kind: "yesno",
  direction: "higher",
  hasTarget: true,
  integer: false,
  yesTarget: true,
};
const dv04: Indicator = {
  code: "DV04",
  label: "Đoàn viên kết nạp mới trong kỳ",
  unit: "người",
  kind: "count",
  direction: "higher",
  hasTarget: true,
  integer: true,
};
const rules: Pick<Rules, "caps" | "indicators"> = {
  indicators: [cl01, dv04],
  caps: [
    { indicator: "CL01", when: "not-met", maxClass: "HT" },
    { indicator: "DV04", when: "not-met", maxClass: "HTT" },
  ],
};
const held = (yes: boolean | null, admitted: number | null = 5, target: number | null = 5) => ({
  CL01: { target: null, actual: yes },
  DV04: { target, actual: admitted },
});

describe("applyCaps", () => {
  it.each<[string, ClassCode, Record<string, IndicatorValue>, ClassCode, string[]]>([
    ["leaves a unit that met every capped indicator alone", "HTXS", held(true), "HTXS", []],
    ["caps HTXS at HT when CL01 = Không", "HTXS", held(false), "HT", ["CL01"]],
    ["caps HTT at HT when CL01 = Không", "HTT", held(false), "HT", ["CL01"]],
    ["does not raise or report a unit already at the cap", "HT", held(false), "HT", []],
    ["does not touch a KHT unit", "KHT", held(false), "KHT", []],
    ["caps at HTT a count below its target", "HTXS", held(true, 3, 5), "HTT", ["DV04"]],
    ["lets a count without a target through", "HTXS", held(true, 3, null), "HTXS", []],
    ["treats an empty yes/no answer as not met", "HTXS", held(null), "HT", ["CL01"]],
    ["treats an absent capped indicator as not met", "HTXS", {}, "HT", ["CL01"]],
    [
      "applies the stricter of two caps and reports only those that lowered the class",
      "HTXS",
      held(false, 3, 5),
      "HT",
      ["CL01"],
    ],
  ])("%s", (_name, start, values, expected, capped) => {
    const result = applyCaps(start, values, rules);
    expect(result.classification).toBe(expected);
    expect(result.applied.map((a) => a.indicator.code)).toEqual(capped);
  });

  it("reports each cap that lowered the class, in the configured order", () => {
    const ordered = { ...rules, caps: [...rules.caps].reverse() };
    const result = applyCaps("HTXS", held(false, 3, 5), ordered);
    expect(result.classification).toBe("HT");
    expect(result.applied.map((a) => [a.indicator.code, a.maxClass])).toEqual([
      ["DV04", "HTT"],
      ["CL01", "HT"],
    ]);
  });

  it("skips a cap on an indicator the rules do not define", () => {
    const result = applyCaps(
      "HTXS",
      {},
      {
        indicators: [cl01],
        caps: [{ indicator: "ZZ99", when: "not-met", maxClass: "KHT" }],
      },
    );
    expect(result).toEqual({ classification: "HTXS", applied: [] });
  });
});
