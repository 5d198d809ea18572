import { foldText } from "./foldText";

// "Mã số :" and "Mã số::" are the same label as "Mã số".
const TRAILING_COLONS = /\s*[:\uff1a]+$/;

/**
 * The form a label is compared in (DOMAIN.md: labels match ignoring case, diacritics, repeated
 * spaces and a trailing colon): lower case, diacritics stripped (đ/Đ → d), whitespace
 * collapsed, trimmed, a trailing colon dropped.
 *
 * @example
 * normalizeLabel("Mã số:") // "ma so"
 * normalizeLabel("  MÃ   SỐ ") // "ma so"
 */
export function normalizeLabel(text: string): string {
  const folded = foldText(text);
  const last = folded.charCodeAt(folded.length - 1);
  return last === 0x3a || last === 0xff1a ? folded.replace(TRAILING_COLONS, "") : folded;
}

/**
 * Whether two labels are the same label once normalized.
 *
 * @example
 * labelsEqual("Thực hiện", "THUC HIEN:") // true
 * labelsEqual("Kế hoạch", "Thực hiện") // false
 */
export function labelsEqual(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
