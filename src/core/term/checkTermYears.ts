import type { PeriodResult } from "../comparison/periodResult";
import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import { formatPeriod, type Period } from "../period";

/**
 * The years a term report can use, and what is wrong with the others (issue 9, "Term report"):
 * - a consolidation that is not of a whole year (a half year, a term) is an error, left out;
 * - a second consolidation of a year already given is an error, left out (the first counts);
 * - a year outside the term asked for is an error, left out;
 * - a year missing between the first and the last is a warning: the term's totals lack it;
 * - a year whose rules have other indicators than the last year's is a warning: an indicator
 *   counts in the years that have it.
 * The years kept come back in calendar order.
 *
 * @example
 * const { years, findings } = checkTermYears([y2021, y2019, y2020, y2022, y2023]);
 * years.map((y) => y.period) // 2019 … 2023, in order
 * findings // []
 */
export function checkTermYears(
  results: readonly PeriodResult[],
  term?: Extract<Period, { kind: "term" }>,
  lang: Lang = "vi",
): { years: PeriodResult[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const where = (file: string) => ({ file, sheet: null, cell: null });
  const byYear = new Map<number, PeriodResult>();
  for (const result of results) {
    const { period, source } = result;
    const name = formatPeriod(period);
    if (period.kind !== "year") {
      findings.push(makeFinding("term.not-a-year", where(source), { period: name }, lang));
    } else if (byYear.has(period.year)) {
      const first = byYear.get(period.year)!.source;
      findings.push(
        makeFinding("term.year-repeated", where(source), { period: name, first }, lang),
      );
    } else if (term && (period.year < term.from || period.year > term.to)) {
      findings.push(
        makeFinding(
          "term.year-outside",
          where(source),
          { period: name, term: formatPeriod(term) },
          lang,
        ),
      );
    } else {
      byYear.set(period.year, result);
    }
  }
  const years = [...byYear.entries()].sort(([a], [b]) => a - b).map(([, result]) => result);
  const first = years[0];
  const last = years.at(-1);
  if (first && last && first.period.kind === "year" && last.period.kind === "year") {
    for (let year = first.period.year + 1; year < last.period.year; year++) {
      if (!byYear.has(year)) {
        findings.push(makeFinding("term.year-missing", where(""), { year }, lang));
      }
    }
    const codes = (r: PeriodResult) =>
      r.rules.indicators.map((i) => `${i.code}:${i.kind}`).join(",");
    for (const year of years) {
      if (codes(year) !== codes(last)) {
        findings.push(
          makeFinding(
            "term.indicators-differ",
            where(year.source),
            { period: formatPeriod(year.period), last: formatPeriod(last.period) },
            lang,
          ),
        );
      }
    }
  }
  return { years, findings };
}
