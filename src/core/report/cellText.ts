import type { Cell } from "../grid/cell";
import { formatVietnameseDate } from "../numbers";

/**
 * What a cell shows, as a finding quotes it: text as typed, a number as JavaScript writes it,
 * a date day first, a boolean as Excel shows it, an error value, or a formula never computed as
 * its formula. A blank cell is "".
 *
 * @example
 * cellText({ t: "s", v: "khoảng 20" }) // "khoảng 20"
 * cellText({ t: "d", v: new Date(Date.UTC(2021, 0, 8)) }) // "08/01/2021"
 * cellText({ t: "f", formula: "SUM(D4:D10)" }) // "=SUM(D4:D10)"
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  switch (cell.t) {
    case "s":
    case "e":
      return cell.v;
    case "n":
      return String(cell.v);
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "d":
      return Number.isNaN(cell.v.getTime()) ? "" : formatVietnameseDate(cell.v);
    case "f":
      return `=${cell.formula}`;
  }
}
