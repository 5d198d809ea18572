import { parseDeadline } from "../rules/parseDeadline";
import type { ExpectedUnit } from "./expectedUnit";
import { indexUnitList } from "./indexUnitList";
import { unitCodeKey } from "./unitCodeKey";

/**
 * The founding date the CXL rule uses for a unit: the list's, when the unit is on the list with
 * a founding date (the province's record is the authority, a unit's own workbook may be
 * wrong), else the one its workbook gives.
 *
 * @example
 * const list = [{ code: "CD09", name: "CĐCS mới", membership: "direct", founded: "01/10/2024" }];
 * listedFounded({ code: "CD09", founded: null }, list) // 2024-10-01T00:00:00.000Z
 * listedFounded({ code: "CD10", founded: null }, list) // null
 */
export function listedFounded(
  unit: { readonly code: string; readonly founded: Date | null },
  units: readonly ExpectedUnit[] | undefined,
): Date | null {
  const listed = indexUnitList(units).get(unitCodeKey(unit.code));
  const founded = listed?.founded === undefined ? null : parseDeadline(listed.founded);
  return founded ?? unit.founded;
}
