import type { Cell } from "../grid/cell";
import { foldText } from "../text/foldText";

// Folded (see foldText): any case, with or without diacritics.
const YES: ReadonlySet<string> = new Set(["co", "x", "dat", "1", "true"]);
const NO: ReadonlySet<string> = new Set(["khong", "khong dat", "0", "false"]);

/**
 * Reads a yes/no answer (DOMAIN.md: `Có`, `Không`, `x`, `Đạt`, `Không đạt`, `1`, `0`, in any
 * case, with or without diacritics; also TRUE/FALSE as text or a boolean cell). Anything else,
 * an empty cell included, is null: the caller reports it, nothing is guessed.
 *
 * @example
 * parseYesNo("Có") // true
 * parseYesNo("KHONG DAT") // false
 * parseYesNo({ t: "n", v: 1 }) // true
 * parseYesNo("có lẽ") // null
 */
export function parseYesNo(value: Cell | string | number | boolean | undefined): boolean | null {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value === "string") {
    const folded = foldText(value);
    return YES.has(folded) ? true : NO.has(folded) ? false : null;
  }
  switch (value.t) {
    case "b":
    case "n":
    case "s":
      return parseYesNo(value.v);
    default:
      return null;
  }
}
