/** Validation of submitted workbooks: the rule registry, one workbook, and the checks across a batch. */
export {
  validateWorkbook,
  type ValidateWorkbookOptions,
  type WorkbookValidation,
} from "./validateWorkbook";
export { unitHeader, validatedUnit, type UnitHeader, type ValidatedUnit } from "./validatedUnit";
export type { IndicatorValue } from "./indicatorValue";
export type { CriterionValue } from "./criterionValue";
export {
  validateBatch,
  type BatchEntry,
  type BatchFile,
  type BatchOptions,
  type BatchValidation,
  type FileStatus,
} from "./batch";
export { validationRules } from "./registry";
export { runValidationRules } from "./runValidationRules";
export {
  cellLocation,
  type RuleLocation,
  type ValidationContext,
  type ValidationRule,
} from "./validationRule";
