import type { Lang } from "../messages/format";
import { formatPeriod, type Period } from "../period";
import { lowerFirst } from "../sentences/lowerFirst";

/**
 * A period as it reads inside a sentence: "so với năm 2023", "trong nhiệm kỳ 2023-2028". The
 * English texts keep the period's Vietnamese name as written on the form ("Năm 2023").
 *
 * @example
 * periodInSentence({ kind: "year", year: 2023 }) // "năm 2023"
 * periodInSentence({ kind: "first-half", year: 2024 }) // "6 tháng đầu năm 2024"
 * periodInSentence({ kind: "year", year: 2023 }, "en") // "Năm 2023"
 */
export function periodInSentence(period: Period, lang: Lang = "vi"): string {
  const name = formatPeriod(period);
  return lang === "vi" ? lowerFirst(name) : name;
}
