import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import type { UnitReport } from "../report";
import type { Rules } from "../rules";
import type { ValidationRule } from "./validationRule";

/**
 * Runs validation rules on a report and collects every finding, rule after rule. A rule that
 * reports a code it did not declare is a programming error, thrown so a test catches it; bad
 * input is never an exception.
 *
 * @example
 * const { report } = extractReport(grid, "cd001.xlsx");
 * runValidationRules([selfScoreMissing], report, defaultRules, { file: "cd001.xlsx" })
 * // [{ code: "score.self-missing", sheet: "ChamDiem", cell: "D6", ... }]
 */
export function runValidationRules(
  validationRules: readonly ValidationRule[],
  unitReport: UnitReport,
  rules: Rules,
  options: { file: string; lang?: Lang },
): Finding[] {
  const findings: Finding[] = [];
  const { file } = options;
  const lang = options.lang ?? "vi";
  for (const rule of validationRules) {
    rule.check({
      unitReport,
      rules,
      file,
      lang,
      report(code, where, params, severity) {
        if (!rule.codes.includes(code)) {
          throw new Error(`validation rule ${rule.id} reported ${code}, which it does not declare`);
        }
        findings.push(
          makeFinding(code, { file, sheet: where.sheet, cell: where.cell }, params, lang, severity),
        );
      },
    });
  }
  return findings;
}
