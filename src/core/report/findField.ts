import { toA1 } from "../grid/address";
import type { SheetGrid } from "../grid/cell";
import { formLabelKey } from "./formLabelKey";
import type { LabelIndex } from "./indexLabels";
import { isBlankCell } from "./isBlankCell";
import type { ReportField } from "./unitReport";

/**
 * Finds a header field (DOMAIN.md): the first cell holding the label, and its value in the
 * first non-blank cell to its right on the same row, however many cells lie between. Null when
 * no cell holds the label; a field with nothing right of its label has a null value.
 *
 * @example
 * const sheet = { name: "BaoCao", rows: [[{ t: "s", v: "Mã đơn vị:" }, undefined, { t: "s", v: "CD001" }]] };
 * findField(sheet, indexLabels(sheet), "Mã đơn vị")?.value?.address // "C1"
 */
export function findField(sheet: SheetGrid, index: LabelIndex, label: string): ReportField | null {
  const at = index.get(formLabelKey(label))?.[0];
  if (!at) return null;
  const cells = sheet.rows[at.row] ?? [];
  const labelCell = { sheet: sheet.name, address: toA1(at.row, at.col), cell: cells[at.col] };
  for (let col = at.col + 1; col < cells.length; col++) {
    const cell = cells[col];
    if (!isBlankCell(cell)) {
      return { label: labelCell, value: { sheet: sheet.name, address: toA1(at.row, col), cell } };
    }
  }
  return { label: labelCell, value: null };
}
