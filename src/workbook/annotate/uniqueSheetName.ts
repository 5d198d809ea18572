// Excel's limit on a sheet name's length.
const MAX_SHEET_NAME = 31;

/**
 * A sheet name the workbook does not have yet: `base`, else `base (2)`, `base (3)`, … Names are
 * compared as Excel compares them, ignoring case, so the new sheet never clashes with one the
 * unit made ("kiểm tra", "KIỂM TRA").
 *
 * @example
 * uniqueSheetName(["BaoCao", "kiểm tra"], "Kiểm tra") // "Kiểm tra (2)"
 */
export function uniqueSheetName(existing: readonly string[], base: string): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
