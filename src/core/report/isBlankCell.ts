import type { Cell } from "../grid/cell";

/**
 * Whether a cell counts as empty on the form: no cell, or text that is only spaces. A formula
 * without a computed value is not blank: it is there, only not computed.
 *
 * @example
 * isBlankCell(undefined) // true
 * isBlankCell({ t: "s", v: "  " }) // true
 * isBlankCell({ t: "n", v: 0 }) // false
 */
export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.t === "s" && cell.v.trim() === "");
}
