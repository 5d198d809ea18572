import type { Cell } from "../grid/cell";
import { formatVietnameseDate } from "./formatVietnameseDate";
import { parseVietnameseNumber, type NumberReading } from "./parseVietnameseNumber";

/** What {@link readNumberCell} finds in a cell where a number belongs. */
export type CellNumberReading =
  | NumberReading
  | {
      ok: false;
      code: "number.formula-error" | "number.formula-no-value" | "number.empty";
      text: string;
    };

const EMPTY: CellNumberReading = { ok: false, code: "number.empty", text: "" };

/**
 * Reads the cell where a number belongs. A number cell is taken as it is (`fromText` false); a
 * text cell is read by {@link parseVietnameseNumber} with the indicator's `unit` (`fromText`
 * true, which the caller reports as `number.as-text`); an error value is
 * `number.formula-error`; a formula never computed is `number.formula-no-value` quoting the
 * formula; a missing cell or blank text is `number.empty`; a boolean or a date is
 * `number.not-a-number` quoting what Excel shows.
 *
 * @example
 * readNumberCell({ t: "n", v: 2686 }) // { ok: true, value: 2686, fromText: false }
 * readNumberCell({ t: "s", v: "1,6 tỷ" }, { unit: "triệu đồng" }).value // 1600
 * readNumberCell({ t: "e", v: "#REF!" }) // { ok: false, code: "number.formula-error", text: "#REF!" }
 */
export function readNumberCell(
  cell: Cell | undefined,
  options: { unit?: string } = {},
): CellNumberReading {
  if (cell === undefined) return EMPTY;
  switch (cell.t) {
    case "n":
      return Number.isFinite(cell.v)
        ? { ok: true, value: cell.v, fromText: false }
        : { ok: false, code: "number.not-a-number", text: String(cell.v) };
    case "s": {
      const reading = parseVietnameseNumber(cell.v, options);
      // Only blank text reads as nothing at all: the reading quotes the trimmed text.
      return !reading.ok && reading.text === "" ? EMPTY : reading;
    }
    case "e":
      return { ok: false, code: "number.formula-error", text: cell.v };
    case "f":
      return { ok: false, code: "number.formula-no-value", text: cell.formula };
    case "b":
      return { ok: false, code: "number.not-a-number", text: cell.v ? "TRUE" : "FALSE" };
    case "d":
      return {
        ok: false,
        code: "number.not-a-number",
        text: Number.isNaN(cell.v.getTime()) ? "" : formatVietnameseDate(cell.v),
      };
  }
}
