import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import { cellError, type CellError } from "./cellResult";

/** A cell read as a number: its value, a blank, or the error the result cell shows. */
export type CellNumber =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly error: CellError };

const BLANK: CellNumber = { kind: "blank" };

/**
 * Reads one argument cell as a number: numbers as they are, text typed the Vietnamese way
 * ("2.686", "216,8", "95%") through the core's number reader, an empty cell or empty text as a
 * blank. Anything else is a #VALUE! whose message quotes what was seen.
 */
export function readCellNumber(cell: unknown, lang: Lang = "vi"): CellNumber {
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { kind: "number", value: cell }
      : { kind: "error", error: cellError("#NUM!") };
  }
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    if (trimmed === "") return BLANK;
    const parsed = parseVietnameseNumber(trimmed);
    if (parsed.ok) return { kind: "number", value: parsed.value };
    const id =
      parsed.code === "number.ambiguous"
        ? "functions.ambiguous-number"
        : parsed.code === "number.unit-mismatch"
          ? "functions.unit-mismatch"
          : "functions.not-a-number";
    return { kind: "error", error: cellError("#VALUE!", text(id, lang, { text: trimmed })) };
  }
  if (typeof cell === "boolean") {
    const message = text("functions.not-a-number-boolean", lang, {
      text: cell ? "TRUE" : "FALSE",
    });
    return { kind: "error", error: cellError("#VALUE!", message) };
  }
  return {
    kind: "error",
    error: cellError("#VALUE!", text("functions.not-a-number-other", lang)),
  };
}

/** A number as the message language writes it: "85,5" in Vietnamese, "85.5" in English. */
export function formatNumberForMessage(value: number, lang: Lang): string {
  const plain = String(value);
  return lang === "vi" ? plain.replace(".", ",") : plain;
}
