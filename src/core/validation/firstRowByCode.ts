/**
 * The first row of each code: the row whose values count when a code is repeated (the repeat
 * is an error of its own).
 *
 * @example
 * firstRowByCode([{ code: "DV01", row: 12 }, { code: "DV01", row: 36 }]).get("DV01")?.row // 12
 */
export function firstRowByCode<Row extends { readonly code: string }>(
  rows: readonly Row[],
): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const row of rows) if (!out.has(row.code)) out.set(row.code, row);
  return out;
}
