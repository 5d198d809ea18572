import { defaultRules } from "../rules";
import { termTotals } from "./termTotals";

const pick = (...codes: string[]) => defaultRules.indicators.filter((i) => codes.includes(i.code));

describe("termTotals", () => {
  it("adds the years' actuals and targets and rates the sums, never averaging the years' rates", () => {
    const totals = termTotals(
      [
        { XD01: { actual: 153, target: 59, attainment: 153 / 59, reporting: 59 } },
        { XD01: { actual: 120, target: 60, attainment: 2, reporting: 58 } },
      ],
      pick("XD01"),
    );
    expect(totals.XD01).toEqual({
      actual: 273,
      target: 119,
      attainment: 273 / 119,
      reporting: 117,
    });
  });

  it("rates a yes/no indicator as the share of Có over all the years' answers", () => {
    const totals = termTotals(
      [
        { CL01: { actual: 57, target: 59, attainment: 57 / 59, reporting: 59 } },
        { CL01: { actual: 60, target: 60, attainment: 1, reporting: 60 } },
      ],
      pick("CL01"),
    );
    expect(totals.CL01).toEqual({
      actual: 117,
      target: 119,
      attainment: 117 / 119,
      reporting: 119,
    });
  });

  it("adds amounts without binary noise and skips a year that did not have the indicator", () => {
    const totals = termTotals(
      [
        { CL03: { actual: 0.1, target: null, attainment: null, reporting: 3 } },
        { CL03: { actual: 0.2, target: null, attainment: null, reporting: 3 } },
        {},
      ],
      pick("CL03"),
    );
    expect(totals.CL03).toEqual({ actual: 0.3, target: null, attainment: null, reporting: 6 });
  });

  it("has nothing for an indicator no year has", () => {
    expect(termTotals([{}, {}], pick("TD01")).TD01).toEqual({
      actual: null,
      target: null,
      attainment: null,
      reporting: 0,
    });
  });
});
