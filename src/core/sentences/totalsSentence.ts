import type { IndicatorTotals } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatVietnameseNumber } from "../numbers";
import type { Rules } from "../rules";
import { catalogPhrase } from "./catalogPhrase";
import { lowerFirst } from "./lowerFirst";

/**
 * The sentence of the province's totals, with Vietnamese separators ("4.535 đoàn viên công
 * đoàn", "216,8 triệu đồng"): every indicator without a total target (those with one are in
 * {@link attainmentSentence}), in the configured order; a total of 0 or no total is left out,
 * as a report does not list what did not happen. For a yes/no indicator, the number of units
 * that answered Có. `null` when there is nothing to write.
 *
 * @example
 * totalsSentence(53, { DV01: { actual: 2686, target: null, attainment: null, reporting: 53 },
 *   CL03: { actual: 216.8, target: null, attainment: null, reporting: 53 } }, rules)
 * // "Tổng hợp báo cáo của 53 CĐCS: 2.686 CBCCVC, người lao động; số tiền thăm hỏi, trợ cấp 216,8 triệu đồng."
 */
export function totalsSentence(
  units: number,
  totals: IndicatorTotals,
  rules: Pick<Rules, "indicators">,
  lang: Lang = "vi",
): string | null {
  const parts = rules.indicators.flatMap((indicator) => {
    const total = totals[indicator.code];
    if (!total || total.target !== null || total.actual === null || total.actual === 0) return [];
    const params = {
      value: formatVietnameseNumber(total.actual),
      label: indicator.label,
      labelLower: lowerFirst(indicator.label),
      unit: indicator.unit,
    };
    const fallback =
      indicator.kind === "yesno" ? "sentence.totals.yesno" : "sentence.totals.generic";
    return [catalogPhrase("sentence.totals", indicator.code, fallback, params, lang)];
  });
  if (parts.length === 0) return null;
  return text("sentence.totals", lang, {
    units: formatVietnameseNumber(units),
    parts: parts.join("; "),
  });
}
