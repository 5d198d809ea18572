import { memoizeText } from "../text/memoizeText";
import { normalizeLabel } from "../text/normalizeLabel";

// "Họ và tên/Tên tập thể" and "Chức vụ , đơn vị" are the form's labels typed with other spacing.
const SPACED_PUNCTUATION = /\s*([/,;])\s*/g;

/**
 * The key a label of the form is matched by: {@link normalizeLabel} (case, diacritics, spacing,
 * trailing colon ignored), with the spacing around `/`, `,` and `;` ignored too, since the
 * proposals table's labels carry such punctuation.
 *
 * @example
 * formLabelKey("MÃ SỐ:") // "ma so"
 * formLabelKey("Họ và tên/Tên tập thể") === formLabelKey("Họ và tên / Tên tập thể") // true
 */
export const formLabelKey = memoizeText((text: string): string =>
  normalizeLabel(text).replace(SPACED_PUNCTUATION, "$1"),
);
