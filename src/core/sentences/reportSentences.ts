import type { AwardsResult, ClassCounts, ProvincialTotals } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { proposalsSentence, type AwardProposalCount } from "../proposals";
import type { Rules } from "../rules";
import { submissionsSentence } from "../tracking/submissionsSentence";
import { attainmentSentence } from "./attainmentSentence";
import { awardsSentence, recognitionSentence } from "./awardSentences";
import { classificationSentence } from "./classificationSentence";
import { totalsSentence } from "./totalsSentence";

/**
 * The consolidation's sentences for the province's report, in the order a report gives them:
 * how many of the expected units sent a report ("57/59 CĐCS đã gửi báo cáo.", only with a list
 * of units: submissionsSentence), totals, attainment of targets, classification, recognition,
 * the awards proposed by rank, and the units' own award proposals (proposalsSentence). A
 * sentence with nothing to say is left out; the classification sentence is always there.
 *
 * @example
 * reportSentences({ totals, counts: { HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 }, awards }, defaultRules)
 * // ["Tổng hợp báo cáo của 59 CĐCS: …", "Kết quả thực hiện chỉ tiêu: …",
 * //  "Kết quả xếp loại chất lượng 12 CĐCS hoàn thành xuất sắc nhiệm vụ, …", "Công nhận 12 CĐCS …", …]
 */
export function reportSentences(
  input: {
    totals: ProvincialTotals;
    counts: ClassCounts;
    awards: AwardsResult;
    /** The units' own proposals counted by award (countProposals); none when absent. */
    proposals?: readonly AwardProposalCount[];
    /** How many expected units sent a report (submissionCounts); null or absent without a list. */
    submissions?: { readonly received: number; readonly expected: number } | null;
  },
  rules: Pick<Rules, "indicators">,
  lang: Lang = "vi",
): string[] {
  const sentences = [
    submissionsSentence(input.submissions, lang),
    totalsSentence(input.totals.units, input.totals.province, rules, lang),
    attainmentSentence(input.totals.province, rules, lang),
    classificationSentence(input.counts, lang),
    recognitionSentence(input.counts, lang),
    awardsSentence(input.awards, lang),
    proposalsSentence(input.proposals ?? [], lang),
  ];
  return sentences.filter((s): s is string => s !== null);
}
