import type { PeriodResult } from "../comparison/periodResult";
import { unit, year } from "../comparison/testing/periods";
import { defaultRules } from "../rules";
import { checkTermYears } from "./checkTermYears";

const y = (n: number, source?: string) =>
  year(n, [unit("CD01", 90, 1, "HTXS")], defaultRules, source);

describe("checkTermYears", () => {
  it("keeps whole years in calendar order, without findings", () => {
    const { years, findings } = checkTermYears([y(2021), y(2019), y(2020)]);
    expect(years.map((r) => r.source)).toEqual([
      "TongHop-2019.xlsx",
      "TongHop-2020.xlsx",
      "TongHop-2021.xlsx",
    ]);
    expect(findings).toEqual([]);
  });

  it.each([
    [
      "a half year",
      [
        y(2020),
        { ...y(2021, "H1.xlsx"), period: { kind: "first-half", year: 2021 } } as PeriodResult,
      ],
      [["term.not-a-year", "H1.xlsx", "error"]],
      ["TongHop-2020.xlsx"],
    ],
    [
      "a year given twice",
      [y(2020, "a.xlsx"), y(2020, "b.xlsx")],
      [["term.year-repeated", "b.xlsx", "error"]],
      ["a.xlsx"],
    ],
    [
      "a year missing in between",
      [y(2019), y(2022)],
      [
        ["term.year-missing", "", "warning"],
        ["term.year-missing", "", "warning"],
      ],
      ["TongHop-2019.xlsx", "TongHop-2022.xlsx"],
    ],
    [
      "a year with other indicators",
      [
        { ...y(2020), rules: { ...defaultRules, indicators: defaultRules.indicators.slice(1) } },
        y(2021),
      ],
      [["term.indicators-differ", "TongHop-2020.xlsx", "warning"]],
      ["TongHop-2020.xlsx", "TongHop-2021.xlsx"],
    ],
  ] as const)("reports %s", (_, given, expected, kept) => {
    const { years, findings } = checkTermYears(given as readonly PeriodResult[]);
    expect(findings.map((f) => [f.code, f.file, f.severity])).toEqual(expected);
    expect(years.map((r) => r.source)).toEqual(kept);
  });

  it("leaves out a year outside the term asked for", () => {
    const { years, findings } = checkTermYears([y(2017), y(2019)], {
      kind: "term",
      from: 2018,
      to: 2023,
    });
    expect(findings.map((f) => [f.code, f.file])).toEqual([
      ["term.year-outside", "TongHop-2017.xlsx"],
    ]);
    expect(years.map((r) => r.source)).toEqual(["TongHop-2019.xlsx"]);
  });
});
