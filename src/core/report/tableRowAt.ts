import { toA1 } from "../grid/address";
import type { SheetGrid } from "../grid/cell";
import type { TableRow } from "./unitReport";

/**
 * The cells of one table row, one per column, each with its address.
 *
 * @example
 * const sheet = { name: "ChamDiem", rows: [[], [{ t: "s", v: "TC1" }, { t: "n", v: 14 }]] };
 * tableRowAt(sheet, 1, { code: 0, self: 1 }).cells.self // { sheet: "ChamDiem", address: "B2", cell: { t: "n", v: 14 } }
 */
export function tableRowAt<Column extends string>(
  sheet: SheetGrid,
  row: number,
  columns: Readonly<Record<Column, number>>,
): TableRow<Column> {
  const cells = sheet.rows[row];
  const out = {} as Record<Column, TableRow<Column>["cells"][Column]>;
  // Called for every row of every table: no array of pairs is made for each.
  for (const column in columns) {
    const col = columns[column];
    out[column] = { sheet: sheet.name, address: toA1(row, col), cell: cells?.[col] };
  }
  return { row: row + 1, cells: out };
}
