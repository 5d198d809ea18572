import { text } from "../messages/text";

/**
 * The `DanhSach` sheet the pane keeps the list of expected units in: its name, and the label of
 * each column. Labels are Vietnamese whatever the interface language, as the report form's
 * are, and are read back ignoring case, diacritics and spacing. Code, name and membership are
 * required columns; cluster, founding date and contact may be left out.
 *
 * @example
 * unitListSheet.name // "DanhSach"
 * unitListSheet.columns.membership // "Trực thuộc/Thành viên"
 */
export const unitListSheet = {
  name: text("unit-list.sheet"),
  columns: {
    code: text("unit-list.col.code"),
    name: text("unit-list.col.name"),
    cluster: text("unit-list.col.cluster"),
    founded: text("unit-list.col.founded"),
    membership: text("unit-list.col.membership"),
    contact: text("unit-list.col.contact"),
  },
  required: ["code", "name", "membership"],
  membership: {
    direct: text("unit-list.membership.direct"),
    member: text("unit-list.membership.member"),
  },
} as const;

/**
 * A column of the `DanhSach` sheet.
 *
 * @example
 * const column: UnitListColumn = "founded";
 */
export type UnitListColumn = keyof typeof unitListSheet.columns;
