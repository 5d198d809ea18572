import type { ClassCounts } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2 } from "../numbers";

const ORDER = ["HTXS", "HTT", "HT", "KHT", "CXL"] as const;

/**
 * The classification sentence of the annual report, in the wording of the province's reports
 * (seed 000): classes from best to CXL, counts with at least two digits, classes nobody holds
 * left out. When nobody was classified at all, a sentence that says so.
 *
 * @example
 * classificationSentence({ HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 })
 * // "Kết quả xếp loại chất lượng 12 CĐCS hoàn thành xuất sắc nhiệm vụ, 45 CĐCS hoàn thành tốt
 * //  nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không đủ thời gian phân loại."
 */
export function classificationSentence(counts: ClassCounts, lang: Lang = "vi"): string {
  const parts = ORDER.filter((code) => counts[code] > 0).map((code) =>
    text("sentence.classification.part", lang, {
      count: formatCount2(counts[code]),
      classPhrase: text(`class.phrase.${code}`, lang),
    }),
  );
  if (parts.length === 0) return text("sentence.classification.none", lang);
  return text("sentence.classification", lang, { parts: parts.join(", ") });
}
