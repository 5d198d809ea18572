import type { Finding } from "../findings/finding";
import type { WorkbookGrid } from "../grid/cell";
import type { Lang } from "../messages/format";
import { extractReport } from "../report";
import type { Rules } from "../rules";
import { validationRules } from "./registry";
import { runValidationRules } from "./runValidationRules";
import { validatedUnit, type ValidatedUnit } from "./validatedUnit";

/** What {@link validateWorkbook} returns for one workbook. */
export interface WorkbookValidation {
  /** The unit's values; null only when the workbook yields no unit at all (no BaoCao sheet). */
  readonly unit: ValidatedUnit | null;
  /** Every finding: the form's shape first, then each rule's, in the registry's order. */
  readonly findings: Finding[];
}

/**
 * Validates one submitted workbook: finds the form by its labels, runs every validation rule
 * on it, and reads the unit's values. All findings are collected; none stops the others.
 *
 * @example
 * const { unit, findings } = validateWorkbook(grid, "cd001.xlsx", defaultRules, { lang: "vi" });
 * findings.map((f) => [f.code, f.cell]) // [["number.not-a-number", "F14"], ...]
 * unit?.indicators.DV01 // { target: null, actual: 120 }
 */
export function validateWorkbook(
  grid: WorkbookGrid,
  file: string,
  rules: Rules,
  options: { lang?: Lang } = {},
): WorkbookValidation {
  const lang = options.lang ?? "vi";
  const { report, findings } = extractReport(grid, file, lang);
  const ruleFindings = runValidationRules(validationRules, report, rules, { file, lang });
  return { unit: validatedUnit(report, rules), findings: [...findings, ...ruleFindings] };
}
