import { figures, unit, year } from "../comparison/testing/periods";
import { termReport } from "./termReport";

const years = [2019, 2020, 2021, 2022, 2023].map((y, k) =>
  year(y, [
    unit("CD01", 95, 1, "HTXS", figures(50 + k, [5, 6])),
    unit("CD02", 85 - k, 2, k < 3 ? "HTT" : "HT", figures(40, [5, 5 + (k % 2)])),
  ]),
);

describe("termReport", () => {
  const report = termReport([...years].reverse());

  it("spans the term from the first year to the last, years in order", () => {
    expect(report.term).toEqual({ kind: "term", from: 2019, to: 2023 });
    expect(report.years.map((y) => y.source)).toEqual(years.map((y) => y.source));
    expect(report.findings).toEqual([]);
  });

  it("adds the five years up: new members 57/50, 114%, met; the conference 10/10", () => {
    expect(report.totals.DV04).toEqual({ actual: 57, target: 50, attainment: 1.14, reporting: 10 });
    expect(report.totals.CL01).toMatchObject({ actual: 10, target: 10, attainment: 1 });
    expect(report.met).toEqual(["DV04", "CL01"]);
    expect(report.missed).toEqual([]);
  });

  it("counts classes per year and keeps each unit's record", () => {
    expect(report.years.map((y) => y.summary.counts.HT)).toEqual([0, 0, 0, 1, 1]);
    expect(report.units.find((u) => u.code === "CD02")?.counts).toEqual({
      HTXS: 0,
      HTT: 3,
      HT: 2,
      KHT: 0,
      CXL: 0,
    });
  });

  it("writes the congress sentence", () => {
    expect(report.sentences[0]).toBe(
      "Trong nhiệm kỳ 2019-2023, đã hoàn thành và hoàn thành vượt mức 2 chỉ tiêu.",
    );
  });

  it("takes the term asked for and reports the years outside it", () => {
    const asked = termReport(years, { term: { kind: "term", from: 2020, to: 2025 } });
    expect(asked.term).toEqual({ kind: "term", from: 2020, to: 2025 });
    expect(asked.findings.map((f) => [f.code, f.file])).toEqual([
      ["term.year-outside", "TongHop-2019.xlsx"],
    ]);
    expect(asked.years).toHaveLength(4);
  });
});
