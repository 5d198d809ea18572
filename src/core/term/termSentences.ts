import type { PeriodSummary } from "../comparison/periodSummary";
import { periodInSentence } from "../comparison/periodInSentence";
import type { IndicatorTotals } from "../consolidation/types";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2, formatVietnameseNumber } from "../numbers";
import type { Period } from "../period";
import type { ClassCode, Indicator } from "../rules";
import { attainmentPhrase } from "../sentences/attainmentSentence";
import type { TermUnitRecord } from "./termUnitRecords";

const ORDER: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT", "CXL"];

/**
 * What a term report's sentences are written from.
 *
 * @example
 * const input: TermSentenceInput = {
 *   term, years: [], totals: {}, indicators: [], met: [], missed: [], units: [],
 * };
 */
export interface TermSentenceInput {
  readonly term: Period;
  readonly years: readonly { readonly period: Period; readonly summary: PeriodSummary }[];
  readonly totals: IndicatorTotals;
  readonly indicators: readonly Indicator[];
  /** Codes of the indicators with a rate over the term that reached 100%, and that did not. */
  readonly met: readonly string[];
  readonly missed: readonly string[];
  readonly units: readonly TermUnitRecord[];
}

/**
 * The sentences of the congress report on a term (seed 004: "trong nhiệm kỳ 2018-2023, Công
 * đoàn Viên chức tỉnh đã hoàn thành và hoàn thành vượt mức 8 chỉ tiêu"), in this order:
 * - how many indicators with a target were met or exceeded over the term (attainment ≥ 100%),
 *   and which were not, with their figures;
 * - each indicator's attainment over the term ("kết nạp mới 520/500 đoàn viên, đạt tỷ lệ 104%");
 * - the classification of each year;
 * - the units that completed their tasks with excellence every year of the term, by name.
 * A sentence with nothing to say is left out.
 *
 * @example
 * termSentences(input)[0] // "Trong nhiệm kỳ 2019-2023, đã hoàn thành và hoàn thành vượt mức 5 chỉ tiêu."
 */
export function termSentences(input: TermSentenceInput, lang: Lang = "vi"): string[] {
  const term = periodInSentence(input.term, lang);
  const sentences: (string | null)[] = [];

  const missed = input.indicators.filter((i) => input.missed.includes(i.code));
  if (input.met.length + missed.length > 0) {
    sentences.push(
      text("term.sentence.met", lang, { term, met: formatVietnameseNumber(input.met.length) }),
    );
  }
  if (missed.length > 0) {
    const parts = missed.map((i) => attainmentPhrase(i, input.totals[i.code], lang)!);
    sentences.push(
      text("term.sentence.missed", lang, {
        count: formatVietnameseNumber(missed.length),
        parts: parts.join("; "),
      }),
    );
  }

  const phrases = input.indicators.flatMap((i) => {
    const phrase = attainmentPhrase(i, input.totals[i.code], lang);
    return phrase === null ? [] : [phrase];
  });
  if (phrases.length > 0) {
    sentences.push(text("term.sentence.attainment", lang, { term, parts: phrases.join("; ") }));
  }

  if (input.years.length > 0) {
    const parts = input.years.map(({ period, summary }) => {
      const classes = ORDER.filter((c) => summary.counts[c] > 0).map((c) =>
        text("sentence.classification.part", lang, {
          count: formatCount2(summary.counts[c]),
          classPhrase: text(`class.phrase.${c}`, lang),
        }),
      );
      return text("term.sentence.year-classes", lang, {
        period: periodInSentence(period, lang),
        parts: classes.length > 0 ? classes.join(", ") : text("term.no-classes", lang),
      });
    });
    sentences.push(text("term.sentence.classes", lang, { parts: parts.join("; ") }));
  }

  const everyYear = input.units.filter(
    (u) => input.years.length > 1 && u.counts.HTXS === input.years.length,
  );
  if (everyYear.length > 0) {
    sentences.push(
      text("term.sentence.excellent-every-year", lang, {
        count: formatCount2(everyYear.length),
        years: formatVietnameseNumber(input.years.length),
        names: everyYear.map((u) => u.name).join(", "),
      }),
    );
  }
  return sentences.filter((s): s is string => s !== null);
}
