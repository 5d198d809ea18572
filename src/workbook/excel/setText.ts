import type { TableCell } from "./tableSheet";

/**
 * Writes text as a text value: never a formula, never a number, whatever it looks like
 * (`=HYPERLINK("x")`, `+84 90…`, `-5`, `@user`, `00123`, `2.686`). Text from a submission is
 * data (DOMAIN.md): ExcelJS writes a JavaScript string as a string cell, and this is the one
 * way the writers put user text into a cell, so no code path builds a `{ formula }` or a
 * number from it. No apostrophe is added. ExcelJS drops the few control characters XML
 * cannot hold (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F); everything else is kept as is.
 *
 * @example
 * setText(sheet.getCell("C5"), '=HYPERLINK("http://x")'); // a text cell showing the formula text
 */
export function setText(cell: TableCell, text: string): void {
  cell.value = String(text);
}
