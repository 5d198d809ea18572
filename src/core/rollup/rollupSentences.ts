import type { ClassCounts, IndicatorTotals } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2, formatVietnameseNumber } from "../numbers";
import type { Rules } from "../rules";
import { attainmentSentence } from "../sentences/attainmentSentence";
import { classificationSentence } from "../sentences/classificationSentence";
import { totalsSentence } from "../sentences/totalsSentence";

const ORDER = ["HTXS", "HTT", "HT", "KHT", "CXL"] as const;

/**
 * The sentences of a roll-up: the totals of all the units, their attainment, their
 * classification (the same sentences as a consolidation's), then each source's number of
 * units and classes: "Theo từng đơn vị: CDVC-A 59 CĐCS (12 CĐCS hoàn thành xuất sắc nhiệm
 * vụ, …); CDVC-B …". A sentence with nothing to say is left out.
 *
 * @example
 * rollupSentences({ units: 3, counts, totals, sources }, defaultRules)
 * // ["Tổng hợp báo cáo của 03 CĐCS: …", "Kết quả thực hiện chỉ tiêu: …", "Kết quả xếp loại chất lượng …", "Theo từng đơn vị: …"]
 */
export function rollupSentences(
  input: {
    readonly units: number;
    readonly counts: ClassCounts;
    readonly totals: IndicatorTotals;
    readonly sources: readonly {
      readonly source: string;
      readonly units: number;
      readonly counts: ClassCounts;
    }[];
  },
  rules: Pick<Rules, "indicators">,
  lang: Lang = "vi",
): string[] {
  const sources =
    input.sources.length === 0
      ? null
      : text("rollup.sentence.sources", lang, {
          parts: input.sources
            .map((s) => {
              const classes = ORDER.filter((c) => s.counts[c] > 0).map((c) =>
                text("sentence.classification.part", lang, {
                  count: formatCount2(s.counts[c]),
                  classPhrase: text(`class.phrase.${c}`, lang),
                }),
              );
              return text("rollup.sentence.source", lang, {
                source: s.source,
                units: formatVietnameseNumber(s.units),
                classes: classes.length > 0 ? classes.join(", ") : text("term.no-classes", lang),
              });
            })
            .join("; "),
        });
  return [
    totalsSentence(input.units, input.totals, rules, lang),
    attainmentSentence(input.totals, rules, lang),
    classificationSentence(input.counts, lang),
    sources,
  ].filter((s): s is string => s !== null);
}
