import { readNumberCell } from "../numbers";
import type { ReportCell } from "../report";

/**
 * The number a cell holds, read as `readNumberCell` reads it (text the Vietnamese way,
 * converted to `unit`), or null when it holds none; the rules report why.
 *
 * @example
 * numberIn({ sheet: "BaoCao", address: "F20", cell: { t: "s", v: "1,6 tỷ" } }, "triệu đồng") // 1600
 * numberIn({ sheet: "BaoCao", address: "F20", cell: { t: "s", v: "khoảng 20" } }) // null
 */
export function numberIn(at: ReportCell, unit?: string): number | null {
  const reading = readNumberCell(at.cell, unit === undefined ? {} : { unit });
  return reading.ok ? reading.value : null;
}
