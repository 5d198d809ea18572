import type { AwardsResult, ClassCounts, ProvincialTotals } from "../consolidation/types";
import type { Lang } from "../messages/format";
import type { Rules } from "../rules";
import { attainmentSentence } from "./attainmentSentence";
import { awardsSentence, recognitionSentence } from "./awardSentences";
import { classificationSentence } from "./classificationSentence";
import { totalsSentence } from "./totalsSentence";

/**
 * The consolidation's sentences for the province's report, in the order a report gives them:
 * totals, attainment of targets, classification, recognition, award proposals. A sentence with
 * nothing to say is left out; the classification sentence is always there.
 *
 * @example
 * reportSentences({ totals, counts: { HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 }, awards }, defaultRules)
 * // ["Tổng hợp báo cáo của 59 CĐCS: …", "Kết quả thực hiện chỉ tiêu: …",
 * //  "Kết quả xếp loại chất lượng 12 CĐCS hoàn thành xuất sắc nhiệm vụ, …", "Công nhận 12 CĐCS …", …]
 */
export function reportSentences(
  input: { totals: ProvincialTotals; counts: ClassCounts; awards: AwardsResult },
  rules: Pick<Rules, "indicators">,
  lang: Lang = "vi",
): string[] {
  const sentences = [
    totalsSentence(input.totals.units, input.totals.province, rules, lang),
    attainmentSentence(input.totals.province, rules, lang),
    classificationSentence(input.counts, lang),
    recognitionSentence(input.counts, lang),
    awardsSentence(input.awards, lang),
  ];
  return sentences.filter((s): s is string => s !== null);
}
