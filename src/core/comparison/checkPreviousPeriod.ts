import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import { formatPeriod, periodEnd, periodKey, type Period } from "../period";

/**
 * Whether a consolidated workbook can serve as the previous period of the current one
 * (issue 9, "Period over period"): an error when it is the same period (a second copy of this
 * period's result, not last period's) or when the current period is not known (the files did
 * not agree on one); a warning when it ends after the current period, which is allowed (a
 * comparison either way is still a comparison) but rarely meant. No findings: go ahead.
 *
 * @example
 * checkPreviousPeriod({ kind: "year", year: 2024 }, { kind: "year", year: 2024 }, "TongHop-2024.xlsx")[0]?.code
 * // "comparison.same-period"
 * checkPreviousPeriod({ kind: "year", year: 2023 }, { kind: "year", year: 2024 }, "TongHop-2023.xlsx") // []
 */
export function checkPreviousPeriod(
  previous: Period,
  current: Period | null,
  file: string,
  lang: Lang = "vi",
): Finding[] {
  const where = { file, sheet: null, cell: null };
  const previousName = formatPeriod(previous);
  if (current === null) {
    return [makeFinding("comparison.period-unknown", where, { previous: previousName }, lang)];
  }
  const params = { previous: previousName, current: formatPeriod(current) };
  if (periodKey(previous) === periodKey(current)) {
    return [makeFinding("comparison.same-period", where, params, lang)];
  }
  if (periodEnd(previous).getTime() > periodEnd(current).getTime()) {
    return [makeFinding("comparison.previous-later", where, params, lang)];
  }
  return [];
}
