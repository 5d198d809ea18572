import type { SheetGrid } from "../grid/cell";
import { cellText } from "./cellText";
import { isBlankCell } from "./isBlankCell";
import { tableRowAt } from "./tableRowAt";
import type { CodedRow } from "./unitReport";

/**
 * The rows below a table's header that have a code in the code column (DOMAIN.md: a row with an
 * empty `Mã số` is a section title, skipped), codes trimmed and upper-cased, repeated codes kept
 * so that a check can report them. Rows listed in `skipRows` (0-based; the total row) are left out.
 *
 * @example
 * const sheet = {
 *   name: "BaoCao",
 *   rows: [[{ t: "s", v: "Mã số" }, { t: "s", v: "Chỉ tiêu" }], [undefined, { t: "s", v: "I. Đoàn viên" }], [{ t: "s", v: " dv01 " }]],
 * };
 * readCodedRows(sheet, 0, { code: 0, label: 1 }, "code").map((r) => [r.code, r.row]) // [["DV01", 3]]
 */
export function readCodedRows<Column extends string>(
  sheet: SheetGrid,
  headerRow: number,
  columns: Readonly<Record<Column, number>>,
  codeColumn: NoInfer<Column>,
  skipRows: ReadonlySet<number> = new Set(),
): CodedRow<Column>[] {
  const out: CodedRow<Column>[] = [];
  const codeCol = columns[codeColumn];
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const codeCell = sheet.rows[row]?.[codeCol];
    if (isBlankCell(codeCell) || skipRows.has(row)) continue;
    const { row: number, cells } = tableRowAt(sheet, row, columns);
    out.push({ row: number, cells, code: cellText(codeCell).trim().toUpperCase() });
  }
  return out;
}
