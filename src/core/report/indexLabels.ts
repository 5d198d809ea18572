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
 * The keys of labels, for {@link indexLabels}'s `wanted`.
 *
 * @example
 * labelKeys(["Mã số", "Chỉ tiêu"]) // Set { "ma so", "chi tieu" }
 */
export function labelKeys(labels: Iterable<string>): ReadonlySet<string> {
  return new Set(Array.from(labels, formLabelKey));
}

/**
 * Indexes a sheet's text cells by {@link formLabelKey}, in one pass, so that finding each header
 * field and table header costs a lookup instead of a scan of the sheet. With `wanted`, only
 * those keys are indexed: a form's sheet has a hundred texts and a dozen labels looked up.
 *
 * @example
 * const index = indexLabels({ name: "BaoCao", rows: [[{ t: "s", v: "Mã đơn vị:" }]] });
 * index.get("ma don vi") // [{ row: 0, col: 0 }]
 */
export function indexLabels(sheet: SheetGrid, wanted?: ReadonlySet<string>): LabelIndex {
  const index = new Map<string, CellPosition[]>();
  const { rows } = sheet;
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell?.t !== "s" || cell.v.length > LONGEST_LABEL) continue;
      const key = formLabelKey(cell.v);
      if (key === "" || (wanted && !wanted.has(key))) continue;
      const positions = index.get(key);
      if (positions) positions.push({ row, col });
      else index.set(key, [{ row, col }]);
    }
  }
  return index;
}
