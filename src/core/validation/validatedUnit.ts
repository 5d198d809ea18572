import { parseVietnameseDate } from "../numbers";
import { parsePeriod, type Period } from "../period";
import { cellText, type ReportField, type UnitReport } from "../report";
import type { DroppedProposal, Proposal } from "../proposals";
import type { Rules } from "../rules";
import { criterionValue, type CriterionValue } from "./criterionValue";
import { firstRowByCode } from "./firstRowByCode";
import { indicatorValue, type IndicatorValue } from "./indicatorValue";
import { unitProposals } from "./unitProposals";

/**
 * Who a unit's report is from and for which period, as validation read its header: enough for
 * the checks across files and for listing the file. Codes and texts are trimmed; the unit code
 * is upper-cased, as codes are.
 */
export interface UnitHeader {
  readonly file: string;
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly period: Period | null;
  /** The period as written in the workbook ("" when absent). */
  readonly periodText: string;
  readonly founded: Date | null;
  readonly reportDate: Date | null;
  /** The report as found, for pointing at cells. */
  readonly report: UnitReport;
}

/**
 * The values of one unit's report as validation read them: its header, a value for every
 * configured indicator and criterion (null where the cell is blank or unreadable, which a
 * finding says), and the award proposals that count and those dropped.
 */
export interface ValidatedUnit extends UnitHeader {
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
  readonly criteria: Readonly<Record<string, CriterionValue>>;
  /** The award proposals of sheet DeNghiKhenThuong that count (none without the sheet). */
  readonly proposals: readonly Proposal[];
  /** The proposal rows dropped, each with its problems (its findings are the file's). */
  readonly droppedProposals: readonly DroppedProposal[];
}

/**
 * The header of a unit's report. Null when the workbook has no BaoCao sheet and so no unit at
 * all.
 *
 * @example
 * unitHeader(extractReport(grid, "cd001.xlsx").report)?.code // "CD001"
 */
export function unitHeader(report: UnitReport): UnitHeader | null {
  if (report.sheets.report === null) return null;
  const { fields } = report;
  const periodText = textOf(fields.period);
  const cluster = textOf(fields.cluster);
  return {
    file: report.file,
    code: textOf(fields.unitCode).toUpperCase(),
    name: textOf(fields.unitName),
    cluster: cluster === "" ? null : cluster,
    period: parsePeriod(periodText),
    periodText,
    founded: dateOf(fields.founded),
    reportDate: dateOf(fields.reportDate),
    report,
  };
}

/**
 * Reads the values of a unit from its report: its header ({@link unitHeader}) and its figures,
 * by the configured indicators and criteria (the first row of a repeated code counts). Null
 * when the workbook has no BaoCao sheet and so no unit at all.
 *
 * @example
 * const unit = validatedUnit(extractReport(grid, "cd001.xlsx").report, defaultRules);
 * unit?.code // "CD001"
 * unit?.indicators.DV04 // { target: 10, actual: 12 }
 * unit?.criteria.TC1 // { maxPoints: 15, self: 14, appraised: null }
 */
export function validatedUnit(report: UnitReport, rules: Rules): ValidatedUnit | null {
  const header = unitHeader(report);
  if (header === null) return null;
  const indicatorRows = firstRowByCode(report.indicators?.rows ?? []);
  const criterionRows = firstRowByCode(report.criteria?.rows ?? []);
  const indicators: Record<string, IndicatorValue> = {};
  for (const indicator of rules.indicators) {
    indicators[indicator.code] = indicatorValue(
      indicatorRows.get(indicator.code.toUpperCase()),
      indicator,
    );
  }
  const criteria: Record<string, CriterionValue> = {};
  for (const criterion of rules.criteria) {
    criteria[criterion.code] = criterionValue(
      criterionRows.get(criterion.code.toUpperCase()),
      criterion,
    );
  }
  const { proposals, dropped } = unitProposals(report, rules);
  return { ...header, indicators, criteria, proposals, droppedProposals: dropped };
}

function textOf(field: ReportField | undefined): string {
  return field?.value ? cellText(field.value.cell).trim() : "";
}

function dateOf(field: ReportField | undefined): Date | null {
  return field?.value ? parseVietnameseDate(field.value.cell) : null;
}
