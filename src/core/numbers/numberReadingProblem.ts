import type { MessageParams } from "../messages/format";
import { formatVietnameseNumber } from "./formatVietnamese";
import { shiftDecimal } from "./shiftDecimal";
import type { CellNumberReading } from "./readNumberCell";

// Enough places that a small amount converted into a larger unit (1.234 đồng in triệu) shows.
const SHOWN_DECIMALS = 6;

/** What is wrong with a reading, or worth a warning: a finding's code and its parameters. */
export interface NumberProblem {
  readonly code: Extract<CellNumberReading, { ok: false }>["code"] | "number.as-text";
  readonly params: MessageParams;
}

/**
 * The finding a reading of a number cell calls for, as its code and parameters (a caller
 * reports it through its own context, which words it): the failure code
 * (`number.not-a-number`, `number.ambiguous`, `number.unit-mismatch`, `number.formula-error`,
 * `number.formula-no-value`, `number.empty`), the `number.as-text` warning for a number read
 * from text, or null for a number cell. `indicatorUnit` is the indicator's unit, shown in the
 * messages. Whether an empty cell is a defect is the caller's decision: report it only then.
 *
 * @example
 * numberReadingProblem({ ok: true, value: 1600, fromText: true, text: "1,6 tỷ" }, "triệu đồng")
 * // { code: "number.as-text", params: { text: "1,6 tỷ", value: "1.600 triệu đồng", unit: "triệu đồng" } }
 */
export function numberReadingProblem(
  reading: CellNumberReading,
  indicatorUnit?: string,
): NumberProblem | null {
  const unit = indicatorUnit?.trim() ?? "";
  if (!reading.ok) return { code: reading.code, params: { text: reading.text, unit } };
  if (!reading.fromText) return null;
  return {
    code: "number.as-text",
    params: { text: reading.text ?? "", value: valueInUnit(reading.value, unit), unit },
  };
}

function valueInUnit(value: number, unit: string): string {
  if (unit === "%") {
    // A percent row holds ratios: 95% is read as 0.95 and shown as it was meant.
    return `${formatVietnameseNumber(shiftDecimal(value, 2), { maxDecimals: SHOWN_DECIMALS - 2 })}%`;
  }
  const shown = formatVietnameseNumber(value, { maxDecimals: SHOWN_DECIMALS });
  return unit === "" ? shown : `${shown} ${unit}`;
}
