import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import type { ReportField } from "../report";
import { indexUnitList } from "../units/indexUnitList";
import type { ExpectedUnit } from "../units/expectedUnit";
import { unitCodeKey } from "../units/unitCodeKey";
import { unitNameKey } from "../units/unitNameKey";
import type { UnitHeader } from "./validatedUnit";

/**
 * Checks a submission against the province's list of expected units (issue 9), when there is
 * one: a unit code not on the list is a warning `unit.not-on-list` at its Mã đơn vị, and a
 * name that differs from the list's (ignoring case and spacing, see unitNameKey) is a warning
 * `unit.name-differs` at its Tên công đoàn cơ sở, showing both names. Without a list, or for a
 * unit without a code or a name (requiredFields reports those), nothing.
 *
 * @example
 * const list = [{ code: "CD001", name: "CĐCS Sở Y tế", membership: "direct" as const }];
 * unitListFindings(unit, "cd001.xlsx", list).map((f) => [f.code, f.cell])
 * // [["unit.name-differs", "C4"]]  (the workbook says "Công đoàn Sở Y tế")
 */
export function unitListFindings(
  unit: UnitHeader | null,
  file: string,
  units: readonly ExpectedUnit[] | undefined,
  lang: Lang = "vi",
): Finding[] {
  if (!unit || unit.code === "" || !units || units.length === 0) return [];
  const listed = indexUnitList(units).get(unitCodeKey(unit.code));
  const { fields } = unit.report;
  if (!listed) {
    return [makeFinding("unit.not-on-list", at(file, fields.unitCode), { code: unit.code }, lang)];
  }
  if (unit.name === "" || unitNameKey(unit.name) === unitNameKey(listed.name)) return [];
  const params = { code: unit.code, name: unit.name, listName: listed.name };
  return [makeFinding("unit.name-differs", at(file, fields.unitName), params, lang)];
}

/** A header field's value cell, its label cell when it has no value. */
function at(file: string, field: ReportField | undefined) {
  const cell = field?.value ?? field?.label;
  return cell ? { file, sheet: cell.sheet, cell: cell.address } : { file };
}
