import { unit, year } from "../comparison/testing/periods";
import { defaultRules } from "../rules";
import { checkRollupSources } from "./checkRollupSources";

const a = year(2024, [unit("CD01", 90, 1, "HTXS")], defaultRules, "CDVC-A.xlsx");
const b = year(2024, [unit("CD01", 80, 1, "HTT")], defaultRules, "CDVC-B.xlsx");

describe("checkRollupSources", () => {
  it("accepts sources of one period and one set of indicators, in any order", () => {
    const reordered = {
      ...b,
      rules: { ...defaultRules, indicators: [...defaultRules.indicators].reverse() },
    };
    expect(checkRollupSources([a, reordered], defaultRules.indicators)).toEqual([]);
  });

  it.each([
    [
      "another period",
      [a, { ...b, period: { kind: "year", year: 2023 } as const }],
      undefined,
      [["rollup.period-mismatch", "CDVC-B.xlsx"]],
    ],
    [
      "a period other than the one asked for",
      [a, b],
      { kind: "year", year: 2025 } as const,
      [
        ["rollup.period-mismatch", "CDVC-A.xlsx"],
        ["rollup.period-mismatch", "CDVC-B.xlsx"],
      ],
    ],
    [
      "other indicators",
      [
        a,
        {
          ...b,
          rules: {
            ...defaultRules,
            indicators: defaultRules.indicators.map((i) =>
              i.code === "DV05" ? { ...i, hasTarget: true } : i,
            ),
          },
        },
      ],
      undefined,
      [["rollup.indicators-differ", "CDVC-B.xlsx"]],
    ],
  ] as const)("refuses a source with %s", (_, sources, period, expected) => {
    const findings = checkRollupSources(sources, defaultRules.indicators, period);
    expect(findings.map((f) => [f.code, f.file])).toEqual(expected);
    for (const f of findings) expect(f.severity).toBe("error");
  });
});
