import type { Finding } from "../findings/finding";
import type { WorkbookGrid } from "../grid/cell";
import type { Lang } from "../messages/format";
import { extractReport } from "../report";
import type { Rules } from "../rules";
import { validationRules } from "./registry";
import { runValidationRules } from "./runValidationRules";
import { unitHeader, validatedUnit, type UnitHeader, type ValidatedUnit } from "./validatedUnit";

/**
 * What {@link validateWorkbook} returns for one workbook: the unit with its figures, or with its
 * header only when those were not asked for.
 */
export interface WorkbookValidation<Unit extends UnitHeader = ValidatedUnit> {
  /** The unit's values; null only when the workbook yields no unit at all (no BaoCao sheet). */
  readonly unit: Unit | null;
  /** Every finding: the form's shape first, then each rule's, in the registry's order. */
  readonly findings: Finding[];
}

/** Options of {@link validateWorkbook}. */
export interface ValidateWorkbookOptions {
  readonly lang?: Lang;
  /**
   * Whether to read the unit's figures (indicators, criteria, proposals) as well as its header;
   * default true. The findings are the same either way: only the consolidation uses figures.
   */
  readonly values?: boolean;
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
  options?: ValidateWorkbookOptions & { readonly values?: true },
): WorkbookValidation;
export function validateWorkbook(
  grid: WorkbookGrid,
  file: string,
  rules: Rules,
  options: ValidateWorkbookOptions,
): WorkbookValidation<UnitHeader>;
export function validateWorkbook(
  grid: WorkbookGrid,
  file: string,
  rules: Rules,
  options: ValidateWorkbookOptions = {},
): WorkbookValidation<UnitHeader> {
  const lang = options.lang ?? "vi";
  const { report, findings } = extractReport(grid, file, lang);
  const ruleFindings = runValidationRules(validationRules, report, rules, { file, lang });
  const unit = options.values === false ? unitHeader(report) : validatedUnit(report, rules);
  return { unit, findings: [...findings, ...ruleFindings] };
}
