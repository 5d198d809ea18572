import type { PeriodResult } from "../comparison/periodResult";
import { periodSummary, type PeriodSummary } from "../comparison/periodSummary";
import type { IndicatorTotals } from "../consolidation/types";
import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/format";
import type { Period } from "../period";
import type { Indicator } from "../rules";
import { checkTermYears } from "./checkTermYears";
import { termSentences } from "./termSentences";
import { termTotals } from "./termTotals";
import { termUnitRecords, type TermUnitRecord } from "./termUnitRecords";

/** A term: a period of kind `term`. */
type TermPeriod = Extract<Period, { kind: "term" }>;

/**
 * One year of a term: where its consolidation came from, and what it comes to.
 *
 * @example
 * const y: TermYear = { source: "TongHop-2023.xlsx", period: { kind: "year", year: 2023 }, summary };
 */
export interface TermYear {
  readonly source: string;
  readonly period: Period;
  readonly summary: PeriodSummary;
}

/**
 * The report on a term (issue 9, "Term report"): the term, its years in order with their unit
 * counts, class counts and totals, the indicators (the last year's rules'), the totals over the
 * term with their attainment, the codes of the indicators with a target that were met or
 * exceeded and of those that were not, every unit's record across the years, the sentences for
 * the congress report, and the findings about the years given.
 *
 * @example
 * const r: TermReport = termReport(fiveYears);
 * r.met.length // 5
 * r.sentences[0] // "Trong nhiệm kỳ 2019-2023, đã hoàn thành và hoàn thành vượt mức 5 chỉ tiêu."
 */
export interface TermReport {
  readonly term: TermPeriod;
  readonly years: readonly TermYear[];
  readonly indicators: readonly Indicator[];
  readonly totals: IndicatorTotals;
  readonly met: readonly string[];
  readonly missed: readonly string[];
  readonly units: readonly TermUnitRecord[];
  readonly sentences: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * Reports on a term from the consolidations of its years (see {@link TermReport}). The years
 * are checked first (checkTermYears): those that cannot count are left out with an error
 * finding. Each year is summed with its own rules (periodSummary); the term's totals add the
 * years' totals up (termTotals), so the attainment over the term is total actual ÷ total
 * target. The term is the one given, else from the first year to the last. With no year left,
 * the report is empty but for its findings.
 *
 * @example
 * const report = termReport([y2019, y2020, y2021, y2022, y2023], { term: { kind: "term", from: 2018, to: 2023 } });
 * report.totals.XD01.attainment // 2.1 (total actual ÷ total target over the five years)
 */
export function termReport(
  results: readonly PeriodResult[],
  options: { readonly term?: TermPeriod; readonly lang?: Lang } = {},
): TermReport {
  const lang = options.lang ?? "vi";
  const { years, findings } = checkTermYears(results, options.term, lang);
  const yearOf = (r: PeriodResult | undefined) =>
    r?.period.kind === "year" ? r.period.year : undefined;
  const from = yearOf(years[0]);
  const to = yearOf(years.at(-1));
  const term: TermPeriod = options.term ?? {
    kind: "term",
    from: from ?? 0,
    to: to ?? 0,
  };
  const indicators = years.at(-1)?.rules.indicators ?? [];
  const termYears = years.map((y) => ({
    source: y.source,
    period: y.period,
    summary: periodSummary(y),
  }));
  const totals = termTotals(
    termYears.map((y) => y.summary.totals),
    indicators,
  );
  // Only an indicator with a target over the term has something to meet.
  const rated = indicators.flatMap((i) => {
    const total = totals[i.code];
    return total?.target != null && total.attainment !== null
      ? [{ code: i.code, rate: total.attainment }]
      : [];
  });
  const met = rated.filter((r) => r.rate >= 1).map((r) => r.code);
  const missed = rated.filter((r) => r.rate < 1).map((r) => r.code);
  const units = termUnitRecords(years);
  return {
    term,
    years: termYears,
    indicators,
    totals,
    met,
    missed,
    units,
    sentences:
      years.length === 0
        ? []
        : termSentences({ term, years: termYears, totals, indicators, met, missed, units }, lang),
    findings,
  };
}
