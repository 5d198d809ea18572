import type { Severity } from "../findings/finding";
import type { FindingCode } from "../messages/catalog";
import type { Lang, MessageParams } from "../messages/format";
import type { ReportCell, UnitReport } from "../report";
import type { Rules } from "../rules";

/** Where a rule's finding points: a sheet and an A1 cell, either null when there is none. */
export interface RuleLocation {
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** What a rule sees: the report as found, the configured rules, and a way to report a finding. */
export interface ValidationContext {
  readonly unitReport: UnitReport;
  readonly rules: Rules;
  readonly file: string;
  readonly lang: Lang;
  /** Reports a finding; its code must be one the rule declares. */
  report(code: FindingCode, where: RuleLocation, params?: MessageParams, severity?: Severity): void;
}

/**
 * One check on a submitted workbook, declared as data (as typescript-eslint declares its rules):
 * an id, the finding codes it may report, a description for developers, and the check itself,
 * which reports through the context and never throws on bad input.
 *
 * @example
 * const unitCodeGiven: ValidationRule = {
 *   id: "unit-code-given",
 *   codes: ["field.empty"],
 *   meta: { description: "The unit code has a value." },
 *   check(ctx) {
 *     const field = ctx.unitReport.fields.unitCode;
 *     if (field && !field.value) ctx.report("field.empty", cellLocation(field.label), { label: "Mã đơn vị" });
 *   },
 * };
 */
export interface ValidationRule {
  readonly id: string;
  readonly codes: readonly FindingCode[];
  readonly meta: { readonly description: string };
  check(ctx: ValidationContext): void;
}

/**
 * The location of a cell of the report, for {@link ValidationContext.report}.
 *
 * @example
 * cellLocation({ sheet: "BaoCao", address: "F14", cell: undefined }) // { sheet: "BaoCao", cell: "F14" }
 */
export function cellLocation(at: ReportCell): RuleLocation {
  return { sheet: at.sheet, cell: at.address };
}
