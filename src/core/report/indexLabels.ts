import type { SheetGrid } from "../grid/cell";
import { formLabelKey } from "./formLabelKey";

/** A 0-based cell position. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Where each label of a sheet is: label key → its cells, in reading order (row by row). */
export type LabelIndex = ReadonlyMap<string, readonly CellPosition[]>;

// Labels are short; a long text (an achievement, a note) is never one, so it is not indexed.
const LONGEST_LABEL = 80;

/**
 * Indexes a sheet's text cells by {@link formLabelKey}, in one pass, so that finding each header
 * field and table header costs a lookup instead of a scan of the sheet.
 *
 * @example
 * const index = indexLabels({ name: "BaoCao", rows: [[{ t: "s", v: "Mã đơn vị:" }]] });
 * index.get("ma don vi") // [{ row: 0, col: 0 }]
 */
export function indexLabels(sheet: SheetGrid): LabelIndex {
  const index = new Map<string, CellPosition[]>();
  const { rows } = sheet;
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell?.t !== "s" || cell.v.length > LONGEST_LABEL) continue;
      const key = formLabelKey(cell.v);
      if (key === "") continue;
      const positions = index.get(key);
      if (positions) positions.push({ row, col });
      else index.set(key, [{ row, col }]);
    }
  }
  return index;
}
