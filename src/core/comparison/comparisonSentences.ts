import type { Lang } from "../messages/format";
import type { Indicator } from "../rules";
import { classChangeSentence } from "./classChangeSentence";
import type { PeriodComparison } from "./comparePeriods";
import { indicatorChangeSentence } from "./indicatorChangeSentence";

/**
 * The sentences a comparison adds to the report, after the consolidation's own: the change in
 * classification ({@link classChangeSentence}), then the change in the indicator totals
 * ({@link indicatorChangeSentence}) when any changed.
 *
 * @example
 * comparisonSentences(comparison, rules.indicators)
 * // ["Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ so với năm 2023.", "So với năm 2023: tổng số đoàn viên …"]
 */
export function comparisonSentences(
  comparison: Pick<PeriodComparison, "previousPeriod" | "province">,
  indicators: readonly Indicator[],
  lang: Lang = "vi",
): string[] {
  const { previousPeriod, province } = comparison;
  const figures = indicatorChangeSentence(province.indicators, indicators, previousPeriod, lang);
  return [
    classChangeSentence(province.classes, previousPeriod, lang),
    ...(figures === null ? [] : [figures]),
  ];
}
