import { formLabelKey } from "./formLabelKey";
import type { LabelIndex } from "./indexLabels";

/** A table's header row: the row (0-based) and the column (0-based) of each label. */
export type TableHeader<Column extends string> =
  | { readonly ok: true; readonly row: number; readonly columns: Readonly<Record<Column, number>> }
  | { readonly ok: false; readonly missing: readonly string[] };

/**
 * Finds the header row of a table: the first row that holds every one of the labels, in any
 * column order, anywhere on the sheet. When no row holds them all, `missing` names the labels
 * absent from the row that comes closest, so the finding says which columns to restore.
 *
 * @example
 * const sheet = { name: "S", rows: [[], [{ t: "s", v: "Thực hiện" }, { t: "s", v: "MÃ SỐ" }]] };
 * findTableHeader(indexLabels(sheet), { code: "Mã số", actual: "Thực hiện" })
 * // { ok: true, row: 1, columns: { code: 1, actual: 0 } }
 */
export function findTableHeader<Column extends string>(
  index: LabelIndex,
  labels: Readonly<Record<Column, string>>,
): TableHeader<Column> {
  const entries = Object.entries(labels) as [Column, string][];
  // Row → column of each label found on it (the first, when a row repeats a label).
  const rows = new Map<number, Map<Column, number>>();
  for (const [column, label] of entries) {
    for (const at of index.get(formLabelKey(label)) ?? []) {
      let found = rows.get(at.row);
      if (!found) rows.set(at.row, (found = new Map()));
      if (!found.has(column)) found.set(column, at.col);
    }
  }
  let best: Map<Column, number> | undefined;
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const found = rows.get(row)!;
    if (found.size === entries.length) {
      return { ok: true, row, columns: Object.fromEntries(found) as Record<Column, number> };
    }
    if (!best || found.size > best.size) best = found;
  }
  return {
    ok: false,
    missing: entries.filter(([column]) => !best?.has(column)).map(([, label]) => label),
  };
}
