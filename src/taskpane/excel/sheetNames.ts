/**
 * The workbook's sheet names, in tab order (one sync).
 *
 * @example
 * await loadSheetNames(context) // ["BaoCao", "ChamDiem", "Sheet1"]
 */
export async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}

/** A sheet name as Excel compares it: two names that differ only in case are the same sheet. */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The wanted names that a workbook already has, each with the existing sheet's own spelling.
 *
 * @example
 * matchSheetNames(["tổng hợp", "Sheet1"], ["Tổng hợp", "Xếp loại"])
 * // [{ wanted: "Tổng hợp", existing: "tổng hợp" }]
 */
export function matchSheetNames(
  existing: readonly string[],
  wanted: readonly string[],
): Array<{ wanted: string; existing: string }> {
  const byKey = new Map(existing.map((name) => [sheetNameKey(name), name]));
  const matches: Array<{ wanted: string; existing: string }> = [];
  for (const name of wanted) {
    const found = byKey.get(sheetNameKey(name));
    if (found !== undefined) matches.push({ wanted: name, existing: found });
  }
  return matches;
}

/**
 * A name no sheet has yet, for moving a sheet out of the way before it is replaced (Excel
 * refuses two sheets of one name, and a workbook without any sheet).
 *
 * @example
 * spareSheetName(["~cdvc-1"], 1) // "~cdvc-2"
 */
export function spareSheetName(taken: readonly string[], from: number): string {
  const keys = new Set(taken.map(sheetNameKey));
  for (let n = from; ; n++) {
    const name = `~cdvc-${n}`;
    if (!keys.has(name)) return name;
  }
}
