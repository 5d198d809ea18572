import type { Finding, FindingLocation } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import { formatVietnameseNumber } from "./formatVietnamese";
import { shiftDecimal } from "./shiftDecimal";
import type { CellNumberReading } from "./readNumberCell";

// Enough places that a small amount converted into a larger unit (1.234 đồng in triệu) shows.
const SHOWN_DECIMALS = 6;

/**
 * The finding a reading of a number cell calls for: its failure code (`number.not-a-number`,
 * `number.ambiguous`, `number.unit-mismatch`, `number.formula-error`, `number.formula-no-value`,
 * `number.empty`), the `number.as-text` warning for a number read from text, or null for a
 * number cell. `unit` is the indicator's unit, shown in the messages. Whether an empty cell is a
 * defect is the caller's decision: call this only when it is.
 *
 * @example
 * const reading = readNumberCell({ t: "s", v: "22.750.000 đồng" }, { unit: "triệu đồng" });
 * numberReadingFinding(reading, { file: "a.xlsx", sheet: "BaoCao", cell: "F14" }, { unit: "triệu đồng" })?.message
 * // "Ô F14 trang BaoCao: số '22.750.000 đồng' được nhập dạng văn bản; đã đọc là 22,75 triệu đồng."
 */
export function numberReadingFinding(
  reading: CellNumberReading,
  where: FindingLocation,
  options: { unit?: string; lang?: Lang } = {},
): Finding | null {
  const unit = options.unit?.trim() ?? "";
  if (!reading.ok)
    return makeFinding(reading.code, where, { text: reading.text, unit }, options.lang);
  if (!reading.fromText) return null;
  return makeFinding(
    "number.as-text",
    where,
    { text: reading.text ?? "", value: valueInUnit(reading.value, unit), unit },
    options.lang,
  );
}

function valueInUnit(value: number, unit: string): string {
  if (unit === "%") {
    // A percent row holds ratios: 95% is read as 0.95 and shown as it was meant.
    return `${formatVietnameseNumber(shiftDecimal(value, 2), { maxDecimals: SHOWN_DECIMALS - 2 })}%`;
  }
  const shown = formatVietnameseNumber(value, { maxDecimals: SHOWN_DECIMALS });
  return unit === "" ? shown : `${shown} ${unit}`;
}
