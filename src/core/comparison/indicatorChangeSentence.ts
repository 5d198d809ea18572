import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatPercent, formatVietnameseNumber } from "../numbers";
import type { Period } from "../period";
import type { Indicator } from "../rules";
import { lowerFirst } from "../sentences/lowerFirst";
import type { FigureChange } from "./figureChange";
import { periodInSentence } from "./periodInSentence";

/**
 * The sentence of the report that compares the province's indicator totals with the previous
 * period: "So với năm 2023: tổng số đoàn viên công đoàn 4.535 người, tăng 120 người (2,7%); đoàn
 * viên kết nạp mới trong kỳ 106 người, giảm 4 người (3,6%), tỷ lệ đạt 90% (năm 2023: 85%); …".
 * Indicators in the rules' order; one whose total is missing in either period, or did not
 * change, is left out; for a yes/no indicator, the number of units that answered Có. The rate
 * of change is shown to one decimal when the previous total was not 0. `null` when no
 * indicator changed.
 *
 * @example
 * indicatorChangeSentence(
 *   { DV02: { previous: 4415, current: 4535, change: 120, changeRate: 0.0272, previousAttainment: null, currentAttainment: null } },
 *   [dv02], { kind: "year", year: 2023 },
 * ) // "So với năm 2023: tổng số đoàn viên công đoàn 4.535 người, tăng 120 người (2,7%)."
 */
export function indicatorChangeSentence(
  changes: Readonly<Record<string, FigureChange>>,
  indicators: readonly Indicator[],
  previous: Period,
  lang: Lang = "vi",
): string | null {
  const period = periodInSentence(previous, lang);
  const parts = indicators.flatMap((indicator) => {
    const c = changes[indicator.code];
    if (!c || c.current === null || c.change === null || c.change === 0) return [];
    const unit = indicator.kind === "yesno" ? text("comparison.unit.units", lang) : indicator.unit;
    const move = text(moveId(c.change, c.changeRate !== null), lang, {
      diff: formatVietnameseNumber(Math.abs(c.change)),
      unit,
      rate: c.changeRate === null ? "" : formatPercent(Math.abs(c.changeRate), { maxDecimals: 1 }),
    });
    const figure = text(
      indicator.kind === "yesno" ? "comparison.figure.yesno" : "comparison.figure.generic",
      lang,
      {
        label: indicator.label,
        labelLower: lowerFirst(indicator.label),
        value: formatVietnameseNumber(c.current),
        unit,
        move,
      },
    );
    if (c.currentAttainment === null || c.previousAttainment === null) return [figure];
    return [
      text("comparison.figure.attainment", lang, {
        figure,
        current: formatPercent(c.currentAttainment),
        before: formatPercent(c.previousAttainment),
        previous: period,
      }),
    ];
  });
  if (parts.length === 0) return null;
  return text("comparison.sentence.indicators", lang, {
    parts: parts.join("; "),
    previous: period,
  });
}

function moveId(change: number, hasRate: boolean) {
  if (change > 0) return hasRate ? "comparison.move.up-rate" : "comparison.move.up";
  return hasRate ? "comparison.move.down-rate" : "comparison.move.down";
}
