import type { ExpectedUnit } from "./expectedUnit";
import { unitListSheet, type UnitListColumn } from "./unitListSheet";

const ORDER: readonly UnitListColumn[] = [
  "code",
  "name",
  "cluster",
  "founded",
  "membership",
  "contact",
];

/**
 * The `DanhSach` sheet's values for a list of expected units: a header row, then one row per
 * unit in the list's order (code, name, cluster, founding date "dd/MM/yyyy", Trực
 * thuộc/Thành viên, contact), an absent value as "". Every value is text, and the pane writes
 * them as text (number format "@"), so a code "001" keeps its zeros, a date stays day first
 * whatever Excel's locale, and a name beginning with "=" never becomes a formula;
 * {@link rowsToUnitList} reads the sheet back to the same list.
 *
 * @example
 * unitListToRows([{ code: "CD001", name: "CĐCS Sở Y tế", cluster: "Cụm 1", membership: "direct" }])
 * // [["Mã đơn vị", "Tên công đoàn cơ sở", "Cụm thi đua", "Ngày thành lập", "Trực thuộc/Thành viên", "Liên hệ"],
 * //  ["CD001", "CĐCS Sở Y tế", "Cụm 1", "", "Trực thuộc", ""]]
 */
export function unitListToRows(units: readonly ExpectedUnit[]): string[][] {
  const header = ORDER.map((column) => unitListSheet.columns[column]);
  const rows = units.map((unit) =>
    ORDER.map((column) =>
      column === "membership" ? unitListSheet.membership[unit.membership] : (unit[column] ?? ""),
    ),
  );
  return [header, ...rows];
}
