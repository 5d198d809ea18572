import { indicatorAttainment } from "../consolidation/indicatorAttainment";
import type { IndicatorValue } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { roundHalfAwayFromZero } from "../numbers";
import type { Period } from "../period";
import type { ClassCode, Indicator } from "../rules";
import { classMove, type ClassMove } from "./classMove";
import { comparisonSentences } from "./comparisonSentences";
import { figureChange, type FigureChange, type PeriodFigure } from "./figureChange";
import type { PeriodResult, PeriodUnit } from "./periodResult";
import { periodSummary } from "./periodSummary";

/**
 * Where a unit stood in one period.
 *
 * @example
 * const standing: UnitStanding = { score: 92.5, rank: 3, clusterRank: 1, classification: "HTXS" };
 */
export interface UnitStanding {
  readonly score: number | null;
  readonly rank: number | null;
  readonly clusterRank: number | null;
  readonly classification: ClassCode | null;
}

/**
 * One unit across two periods: where it stood in each (`null` in a period it was not in), its
 * score's change (rounded to 2 decimals, as scores are), its rank's change (positive: it moved
 * up the ranking), how its class moved, and each indicator's change. A yes/no answer counts
 * 1 for Có and 0 for Không.
 *
 * @example
 * const u: UnitComparison = {
 *   code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1",
 *   previous: { score: 88, rank: 5, clusterRank: 2, classification: "HTT" },
 *   current: { score: 92.5, rank: 1, clusterRank: 1, classification: "HTXS" },
 *   scoreChange: 4.5, rankChange: 4, classMove: "up", indicators: {},
 * };
 */
export interface UnitComparison {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly previous: UnitStanding | null;
  readonly current: UnitStanding | null;
  readonly scoreChange: number | null;
  readonly rankChange: number | null;
  readonly classMove: ClassMove | null;
  readonly indicators: Readonly<Record<string, FigureChange>>;
}

/**
 * A count in two periods and its change.
 *
 * @example
 * const htxs: CountChange = { previous: 9, current: 12, change: 3 };
 */
export interface CountChange {
  readonly previous: number;
  readonly current: number;
  readonly change: number;
}

/**
 * Two consolidated periods side by side (DOMAIN.md; issue 9, "Period over period"): each unit's
 * standing and figures, then the province's number of units, class counts and indicator totals
 * with their changes and attainment, and the sentences that say so in the report. Indicators
 * are those of the current rules that the previous rules also had, with the same kind.
 *
 * @example
 * const c: PeriodComparison = comparePeriods(year2023, year2024);
 * c.province.classes.HTXS // { previous: 9, current: 12, change: 3 }
 * c.sentences[0] // "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ, giảm 03 CĐCS hoàn thành tốt nhiệm vụ so với năm 2023."
 */
export interface PeriodComparison {
  readonly previousPeriod: Period;
  readonly currentPeriod: Period;
  /** The codes of the indicators compared, in the current rules' order. */
  readonly indicators: readonly string[];
  /** Units of the current period by rank, then units of the previous period only, by their rank then. */
  readonly units: readonly UnitComparison[];
  readonly province: {
    readonly units: CountChange;
    readonly classes: Readonly<Record<ClassCode, CountChange>>;
    readonly indicators: Readonly<Record<string, FigureChange>>;
  };
  readonly sentences: readonly string[];
}

const CLASSES: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/**
 * Compares a consolidated period with an earlier one (see {@link PeriodComparison}): units are
 * matched by their code; the province's totals are summed from each period's units with its own
 * rules (periodSummary), so rates of change and attainment are never averages of units' rates.
 * Whether the periods may be compared at all (not the same period) is checkPreviousPeriod's.
 *
 * @example
 * const comparison = comparePeriods(readBack2023, periodResultOf(result2024, rules, "TongHop.xlsx")!);
 * comparison.units.find((u) => u.code === "CD07")?.classMove // "up"
 */
export function comparePeriods(
  previous: PeriodResult,
  current: PeriodResult,
  lang: Lang = "vi",
): PeriodComparison {
  const indicators = comparableIndicators(previous, current);
  const before = periodSummary(previous);
  const after = periodSummary(current);
  const previousByCode = new Map(previous.units.map((u) => [u.code, u]));
  const currentCodes = new Set(current.units.map((u) => u.code));

  const units = [
    ...byRank(current.units).map((u) => compareUnit(previousByCode.get(u.code), u, indicators)),
    ...byRank(previous.units.filter((u) => !currentCodes.has(u.code))).map((u) =>
      compareUnit(u, undefined, indicators),
    ),
  ];
  const classes = Object.fromEntries(
    CLASSES.map((c) => [c, countChange(before.counts[c], after.counts[c])]),
  ) as Record<ClassCode, CountChange>;
  const provinceIndicators = Object.fromEntries(
    indicators.map((indicator) => {
      const figure = (total: { actual: number | null; attainment: number | null } | undefined) =>
        total ? { value: total.actual, attainment: total.attainment } : undefined;
      return [
        indicator.code,
        figureChange(figure(before.totals[indicator.code]), figure(after.totals[indicator.code]), {
          rate: indicator.kind !== "yesno",
        }),
      ];
    }),
  );
  const comparison = {
    previousPeriod: previous.period,
    currentPeriod: current.period,
    indicators: indicators.map((i) => i.code),
    units,
    province: {
      units: countChange(before.units, after.units),
      classes,
      indicators: provinceIndicators,
    },
  };
  return { ...comparison, sentences: comparisonSentences(comparison, indicators, lang) };
}

function comparableIndicators(previous: PeriodResult, current: PeriodResult): Indicator[] {
  const earlier = new Map(previous.rules.indicators.map((i) => [i.code, i]));
  return current.rules.indicators.filter((i) => earlier.get(i.code)?.kind === i.kind);
}

function byRank(units: readonly PeriodUnit[]): PeriodUnit[] {
  // A stable sort: units on equal ranks keep the order they came in.
  return [...units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

function compareUnit(
  previous: PeriodUnit | undefined,
  current: PeriodUnit | undefined,
  indicators: readonly Indicator[],
): UnitComparison {
  const who = (current ?? previous)!;
  const change = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : b - a;
  const scoreChange = change(previous?.score, current?.score);
  return {
    code: who.code,
    name: who.name,
    cluster: who.cluster,
    previous: previous ? standing(previous) : null,
    current: current ? standing(current) : null,
    scoreChange: scoreChange === null ? null : roundHalfAwayFromZero(scoreChange, 2),
    // Rank 5 → rank 1 is four places up.
    rankChange: change(current?.rank, previous?.rank),
    classMove: classMove(previous?.classification, current?.classification),
    indicators: Object.fromEntries(
      indicators.map((indicator) => [
        indicator.code,
        figureChange(
          unitFigure(indicator, previous?.indicators[indicator.code], previous !== undefined),
          unitFigure(indicator, current?.indicators[indicator.code], current !== undefined),
          { rate: indicator.kind !== "yesno" },
        ),
      ]),
    ),
  };
}

function unitFigure(
  indicator: Indicator,
  value: IndicatorValue | undefined,
  present: boolean,
): PeriodFigure | undefined {
  if (!present) return undefined;
  const actual = value?.actual;
  return {
    value: typeof actual === "boolean" ? (actual ? 1 : 0) : (actual ?? null),
    attainment: indicatorAttainment(indicator, value),
  };
}

function standing(unit: PeriodUnit): UnitStanding {
  return {
    score: unit.score,
    rank: unit.rank,
    clusterRank: unit.clusterRank,
    classification: unit.classification,
  };
}

function countChange(previous: number, current: number): CountChange {
  return { previous, current, change: current - previous };
}
