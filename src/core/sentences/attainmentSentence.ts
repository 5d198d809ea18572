import type { IndicatorTotal, IndicatorTotals } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatPercent, formatVietnameseNumber } from "../numbers";
import type { Indicator, Rules } from "../rules";
import { catalogPhrase } from "./catalogPhrase";
import { lowerFirst } from "./lowerFirst";

/**
 * One indicator's attainment as the report writes it: "giới thiệu 153/59 đoàn viên ưu tú cho
 * Đảng xem xét kết nạp, đạt tỷ lệ 259%". Default indicators have their own wording in the
 * catalog; others read from the label and unit ("số lớp tập huấn 5/4 lớp, đạt tỷ lệ 125%"); a
 * yes/no indicator whose target is Có counts the units that answered Có. Without a rate (a
 * target of 0) the figures stand alone. `null` when the indicator has no total target or no
 * total actual: there is nothing to compare.
 *
 * @example
 * attainmentPhrase(xd01, { actual: 153, target: 59, attainment: 2.5932, reporting: 59 })
 * // "giới thiệu 153/59 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt tỷ lệ 259%"
 */
export function attainmentPhrase(
  indicator: Indicator,
  total: IndicatorTotal | undefined,
  lang: Lang = "vi",
): string | null {
  if (!total || total.actual === null || total.target === null) return null;
  const params = {
    actual: formatVietnameseNumber(total.actual),
    target: formatVietnameseNumber(total.target),
    label: indicator.label,
    labelLower: lowerFirst(indicator.label),
    unit: indicator.unit,
  };
  const fallback =
    indicator.kind === "yesno" ? "sentence.attainment.yesno" : "sentence.attainment.generic";
  const phrase = catalogPhrase("sentence.attainment", indicator.code, fallback, params, lang);
  if (total.attainment === null) return phrase;
  return text("sentence.attainment.rate", lang, {
    phrase,
    rate: formatPercent(total.attainment),
  });
}

/**
 * The sentence of the province's attainment of every indicator with a target, in the
 * configured order: "Kết quả thực hiện chỉ tiêu: kết nạp mới 36/40 đoàn viên, đạt tỷ lệ 90%;
 * …". `null` when no indicator has a target to compare with.
 *
 * @example
 * attainmentSentence({ DV04: { actual: 36, target: 40, attainment: 0.9, reporting: 3 } }, rules)
 * // "Kết quả thực hiện chỉ tiêu: kết nạp mới 36/40 đoàn viên, đạt tỷ lệ 90%."
 */
export function attainmentSentence(
  totals: IndicatorTotals,
  rules: Pick<Rules, "indicators">,
  lang: Lang = "vi",
): string | null {
  const parts = rules.indicators.flatMap((indicator) => {
    const phrase = attainmentPhrase(indicator, totals[indicator.code], lang);
    return phrase === null ? [] : [phrase];
  });
  return parts.length === 0 ? null : text("sentence.attainment", lang, { parts: parts.join("; ") });
}
