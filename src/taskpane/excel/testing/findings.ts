// Test-only: findings at known cells, built from the real catalog.
import { makeFinding } from "../../../core/findings/makeFinding";

const FILE = "Sổ đang mở";

/** An error at a cell of BaoCao (or another sheet). */
export function errorAt(cell: string, sheet = "BaoCao") {
  return makeFinding("number.not-a-number", { file: FILE, sheet, cell }, { text: "khoảng 20" });
}

/** A warning at a cell of BaoCao (or another sheet). */
export function warningAt(cell: string, sheet = "BaoCao") {
  return makeFinding(
    "number.as-text",
    { file: FILE, sheet, cell },
    { text: "1,6 tỷ", value: 1600 },
  );
}

/** A finding with no cell. */
export function missingSheet(name = "ChamDiem") {
  return makeFinding("form.sheet-missing", { file: FILE }, { name });
}
