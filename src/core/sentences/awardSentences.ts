import type { AwardsResult, ClassCounts } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2 } from "../numbers";

/**
 * The recognition sentence: "Công nhận 12 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm
 * vụ." `null` when no unit is HTXS.
 *
 * @example
 * recognitionSentence({ HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 })
 * // "Công nhận 12 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ."
 */
export function recognitionSentence(counts: ClassCounts, lang: Lang = "vi"): string | null {
  if (counts.HTXS === 0) return null;
  return text("sentence.recognition", lang, { count: formatCount2(counts.HTXS) });
}

/**
 * The award proposals as one sentence, awards in the order they were first given: "Đề nghị
 * tặng Cờ thi đua của LĐLĐ tỉnh cho 02 CĐCS, tặng Bằng khen của LĐLĐ tỉnh cho 10 CĐCS." `null`
 * when no award was proposed.
 *
 * @example
 * awardsSentence({ grants: [{ award: "Cờ thi đua của LĐLĐ tỉnh", … }, …], pools: [], byUnit: {} })
 * // "Đề nghị tặng Cờ thi đua của LĐLĐ tỉnh cho 02 CĐCS."
 */
export function awardsSentence(awards: AwardsResult, lang: Lang = "vi"): string | null {
  const counts = new Map<string, number>();
  for (const grant of awards.grants) counts.set(grant.award, (counts.get(grant.award) ?? 0) + 1);
  if (counts.size === 0) return null;
  const parts = [...counts].map(([award, count]) =>
    text("sentence.awards.part", lang, { award, count: formatCount2(count) }),
  );
  return text("sentence.awards", lang, { parts: parts.join(", ") });
}
