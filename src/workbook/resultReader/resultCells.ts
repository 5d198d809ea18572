import { cellAt, type Cell, type SheetGrid } from "../../core/grid/cell";
import { toA1 } from "../../core/grid/address";

/**
 * A cell of a sheet by the 1-based row and column the result writer's layouts use (the grid
 * itself counts from 0), with its A1 address for findings.
 *
 * @example
 * resultCell(sheet, 5, 2) // { cell: { t: "s", v: "CD01" }, address: "B5" }
 */
export function resultCell(
  sheet: SheetGrid,
  row: number,
  column: number,
): { cell: Cell | undefined; address: string } {
  return { cell: cellAt(sheet, row - 1, column - 1), address: toA1(row - 1, column - 1) };
}

/**
 * The text of a cell the writer wrote as text (setText), trimmed; `null` for an empty cell or a
 * cell of another kind.
 *
 * @example
 * textIn({ t: "s", v: " Cụm 1 " }) // "Cụm 1"
 * textIn({ t: "n", v: 3 }) // null
 */
export function textIn(cell: Cell | undefined): string | null {
  if (cell?.t !== "s") return null;
  const text = cell.v.trim();
  return text === "" ? null : text;
}
