import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2 } from "../numbers";
import type { Period } from "../period";
import type { ClassCode } from "../rules";
import type { CountChange } from "./comparePeriods";
import { periodInSentence } from "./periodInSentence";
import { upperFirst } from "./upperFirst";

const ORDER: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/**
 * The sentence of the report that compares the classification with the previous period, in the
 * wording of the province's reports: "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ, giảm 02 CĐCS
 * hoàn thành tốt nhiệm vụ so với năm 2023." Classes best first, counts with at least two digits,
 * classes whose count did not change left out; when none changed, a sentence that says so.
 *
 * @example
 * classChangeSentence(
 *   { HTXS: { previous: 9, current: 12, change: 3 }, HTT: { previous: 40, current: 40, change: 0 }, … },
 *   { kind: "year", year: 2023 },
 * ) // "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ so với năm 2023."
 */
export function classChangeSentence(
  classes: Readonly<Record<ClassCode, CountChange>>,
  previous: Period,
  lang: Lang = "vi",
): string {
  const parts = ORDER.filter((code) => classes[code].change !== 0).map((code) => {
    const change = classes[code].change;
    return text(change > 0 ? "comparison.class.more" : "comparison.class.fewer", lang, {
      count: formatCount2(Math.abs(change)),
      classPhrase: text(`class.phrase.${code}`, lang),
    });
  });
  const period = periodInSentence(previous, lang);
  if (parts.length === 0)
    return text("comparison.sentence.classes-same", lang, { previous: period });
  return upperFirst(
    text("comparison.sentence.classes", lang, { parts: parts.join(", "), previous: period }),
  );
}
