import { attainment, type Direction } from "../core/attainment/attainment";
import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import { cellError, type CellError, type CellResult } from "./cellResult";
import { readDirection } from "./direction";
import { buildMatrix, cellOf, commonShape, toMatrix } from "./matrix";
import { formatNumberForMessage, readCellNumber } from "./readCellNumber";
import { shapeMismatch } from "./shapeMismatch";

const ARGUMENT_NAMES = ["actual", "target", "direction"] as const;

/**
 * The body of CDVC.ATTAINMENT: one attainment rate per cell of `actual` and `target` (ranges of
 * one size, or a single cell repeated over the other's size), with a direction per cell or one
 * for all. Each result cell is:
 * - the unrounded rate (153 against 59 gives 2.5932…);
 * - "" (a blank) when the actual cell is empty: nothing reported yet, so nothing to rate;
 * - #DIV/0! when there is no rate: an empty target cell, or a target of 0 where more is better
 *   (DOMAIN.md: no target, no rate; an error value in a formula);
 * - #VALUE! with a message for text that is not a number, a negative number, or an unknown
 *   direction.
 * Ranges of sizes that cannot combine give a single #VALUE! that names both sizes.
 */
export function attainmentMatrix(
  actualArgument: unknown,
  targetArgument: unknown,
  directionArgument: unknown,
  lang: Lang = "vi",
): CellResult[][] {
  const actual = toMatrix(actualArgument) ?? [[null]];
  const target = toMatrix(targetArgument) ?? [[null]];
  const direction = toMatrix(directionArgument) ?? [[null]];

  const ranges = [actual, target, direction] as const;
  const combined = commonShape(ranges);
  if ("conflict" in combined) {
    const [first, second] = combined.conflict;
    return [[shapeMismatch(ranges, ARGUMENT_NAMES, first, second, lang)]];
  }
  const { shape } = combined;

  // A table usually names few directions (one per indicator kind): read each word once.
  const directions = new Map<unknown, Direction | CellError>();
  const directionAt = (row: number, column: number): Direction | CellError => {
    const cell = cellOf(direction, row, column);
    let read = directions.get(cell);
    if (read === undefined) {
      read = readDirection(cell) ?? unknownDirection(cell, lang);
      directions.set(cell, read);
    }
    return read;
  };

  return buildMatrix(shape, (row, column) => {
    const a = readCellNumber(cellOf(actual, row, column), lang);
    const t = readCellNumber(cellOf(target, row, column), lang);
    const d = directionAt(row, column);
    if (a.kind === "error") return a.error;
    if (t.kind === "error") return t.error;
    if (typeof d === "object") return d;
    if (a.kind === "blank") return "";
    if (t.kind === "blank") return cellError("#DIV/0!");
    const negative = a.value < 0 ? a.value : t.value < 0 ? t.value : null;
    if (negative !== null) {
      const value = formatNumberForMessage(negative, lang);
      return cellError("#VALUE!", text("functions.negative", lang, { value }));
    }
    return attainment(a.value, t.value, d) ?? cellError("#DIV/0!");
  });
}

function unknownDirection(cell: unknown, lang: Lang): CellError {
  return cellError("#VALUE!", text("functions.unknown-direction", lang, { text: String(cell) }));
}
