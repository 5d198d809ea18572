import type { PeriodResult } from "../comparison/periodResult";
import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import { formatPeriod, periodKey, type Period } from "../period";
import type { Indicator } from "../rules";

/**
 * What keeps consolidated workbooks of several CĐVC from being added up (issue 9, "Roll-up"),
 * each an error on the source it is about:
 * - a source of another period than the first source's (or than `period`, when one is asked
 *   for): figures of two periods do not add up;
 * - a source consolidated with other indicators than `indicators` (same codes, kinds,
 *   directions and targets, in any order): the same code would add up different things.
 *
 * @example
 * checkRollupSources([cdvcA2024, cdvcB2023], defaultRules.indicators)[0]?.code // "rollup.period-mismatch"
 */
export function checkRollupSources(
  sources: readonly PeriodResult[],
  indicators: readonly Indicator[],
  period?: Period,
  lang: Lang = "vi",
): Finding[] {
  const findings: Finding[] = [];
  const expected = period ?? sources[0]?.period;
  const shape = (list: readonly Indicator[]) =>
    list
      .map((i) => [i.code, i.kind, i.direction, i.hasTarget, i.yesTarget === true].join(":"))
      .sort()
      .join(",");
  const wanted = shape(indicators);
  for (const source of sources) {
    const where = { file: source.source, sheet: null, cell: null };
    if (expected && periodKey(source.period) !== periodKey(expected)) {
      findings.push(
        makeFinding(
          "rollup.period-mismatch",
          where,
          { period: formatPeriod(source.period), expected: formatPeriod(expected) },
          lang,
        ),
      );
    }
    if (shape(source.rules.indicators) !== wanted) {
      findings.push(makeFinding("rollup.indicators-differ", where, {}, lang));
    }
  }
  return findings;
}
