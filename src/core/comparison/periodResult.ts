import type { IndicatorValue } from "../consolidation/types";
import type { Period } from "../period";
import type { ClassCode, Rules } from "../rules";

/**
 * One included unit of a consolidated period, as much of it as a later comparison, term report
 * or roll-up needs: who it is, its score, ranks and class, and its indicator values.
 *
 * @example
 * const unit: PeriodUnit = {
 *   code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1", score: 92.5, rank: 1, clusterRank: 1,
 *   classification: "HTXS", indicators: { DV02: { target: null, actual: 85 } },
 * };
 */
export interface PeriodUnit {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly clusterRank: number | null;
  readonly classification: ClassCode | null;
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
}

/**
 * A consolidated period: where it came from (a file name, or the run in progress), which period
 * it is, the rules it was consolidated with, and its included units. Both a consolidation just
 * made (periodResultOf) and a consolidated workbook read back (readConsolidatedWorkbook) take
 * this shape, so a comparison, a term report and a roll-up work on either.
 *
 * @example
 * const year: PeriodResult = {
 *   source: "TongHop-2023.xlsx", period: { kind: "year", year: 2023 }, rules: defaultRules, units: [],
 * };
 */
export interface PeriodResult {
  readonly source: string;
  readonly period: Period;
  readonly rules: Rules;
  readonly units: readonly PeriodUnit[];
}
