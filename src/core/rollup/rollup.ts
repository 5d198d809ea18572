import type { PeriodResult } from "../comparison/periodResult";
import { periodSummary } from "../comparison/periodSummary";
import { provincialTotals } from "../consolidation/provincialTotals";
import type { ClassCounts, IndicatorTotals } from "../consolidation/types";
import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/format";
import type { Period } from "../period";
import type { Indicator } from "../rules";
import { checkRollupSources } from "./checkRollupSources";
import { rollupSentences } from "./rollupSentences";

/**
 * One CĐVC's consolidation in a roll-up: its name (the file's), period, units, class counts and
 * indicator totals.
 *
 * @example
 * const s: RollupSource = { source: "CDVC-A", period, units: 59, counts, totals };
 */
export interface RollupSource {
  readonly source: string;
  readonly period: Period;
  readonly units: number;
  readonly counts: ClassCounts;
  readonly totals: IndicatorTotals;
}

/**
 * The roll-up of several CĐVC's consolidations (issue 9, "Roll-up", the level above: LĐLĐ
 * tỉnh): the period (`null` when the sources disagree), the indicators summed, each source, and
 * the whole: units, class counts and indicator totals; the report's sentences; the findings.
 *
 * @example
 * const r: RollupResult = rollup([a, b, c]);
 * r.totals.XD01 // { actual: 412, target: 170, attainment: 2.4235294117647057, reporting: 150 }
 */
export interface RollupResult {
  readonly period: Period | null;
  readonly indicators: readonly Indicator[];
  readonly sources: readonly RollupSource[];
  readonly units: number;
  readonly counts: ClassCounts;
  readonly totals: IndicatorTotals;
  readonly sentences: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * Adds up the consolidations of several CĐVC (see {@link RollupResult}). The totals are summed
 * over every unit of every source with provincialTotals, exactly as if all the units had been
 * consolidated at once: actuals and targets add up, and attainment is total actual ÷ total
 * target — never an average of the sources' rates. Class counts add up; each source keeps its
 * own. The indicators are `indicators` when given, else the first source's; sources that are
 * of another period or have other indicators are errors (checkRollupSources), still listed.
 *
 * @example
 * const result = rollup([cdvcA, cdvcB, cdvcC]);
 * result.counts // { HTXS: 30, HTT: 110, HT: 8, KHT: 1, CXL: 2 }
 * result.sentences[0] // "Tổng hợp báo cáo của 151 CĐCS: …"
 */
export function rollup(
  sources: readonly PeriodResult[],
  options: {
    readonly indicators?: readonly Indicator[];
    readonly period?: Period;
    readonly lang?: Lang;
  } = {},
): RollupResult {
  const lang = options.lang ?? "vi";
  const indicators = options.indicators ?? sources[0]?.rules.indicators ?? [];
  const rules = { indicators: [...indicators] };
  const findings = checkRollupSources(sources, indicators, options.period, lang);
  const perSource = sources.map((source): RollupSource => {
    const summary = periodSummary({ ...source, rules: { ...source.rules, ...rules } });
    return {
      source: source.source,
      period: source.period,
      units: summary.units,
      counts: summary.counts,
      totals: summary.totals,
    };
  });
  const counts: ClassCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };
  for (const source of perSource) {
    for (const c of Object.keys(counts) as (keyof ClassCounts)[]) counts[c] += source.counts[c];
  }
  const totals = provincialTotals(
    sources.flatMap((s) => s.units),
    rules,
  ).province;
  const units = perSource.reduce((sum, s) => sum + s.units, 0);
  const first = sources[0]?.period ?? null;
  const period =
    options.period ?? (findings.some((f) => f.code === "rollup.period-mismatch") ? null : first);
  return {
    period,
    indicators,
    sources: perSource,
    units,
    counts,
    totals,
    sentences: rollupSentences({ units, counts, totals, sources: perSource }, rules, lang),
    findings,
  };
}
