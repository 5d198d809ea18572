// Combining marks left by NFD: the Vietnamese tone and vowel marks (à, ấ, ơ, ư, ...).
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// đ/Đ do not decompose under NFD; Ð/ð (Icelandic eth) often stand in for Đ in text converted
// from old Vietnamese encodings, so they fold the same way.
const D_STROKE = /[đĐÐð]/g;
// \s covers the no-break and thin spaces Excel and Word paste in; zero-width spaces are not \s.
const WHITESPACE_RUN = /[\s\u200b]+/g;
const ASCII_PLAIN = /^[\x20-\x7e]*$/;

// Labels and unit words repeat across every workbook, so folding each distinct text once pays
// for itself; the bound keeps a stream of distinct free texts from growing it without end.
const CACHE_LIMIT = 4096;
const cache = new Map<string, string>();

/**
 * Folds text for comparison: lower case, Vietnamese diacritics removed (đ/Đ become d),
 * whitespace runs collapsed to one space, ends trimmed. Punctuation is kept.
 *
 * @example
 * foldText("  Đoàn   viên NỮ ") // "doan vien nu"
 * foldText("Mã số:") // "ma so:"
 */
export function foldText(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const folded = ASCII_PLAIN.test(text)
    ? text.toLowerCase().replace(WHITESPACE_RUN, " ").trim()
    : text
        .normalize("NFD")
        .replace(COMBINING_MARKS, "")
        .replace(D_STROKE, "d")
        .toLowerCase()
        .replace(WHITESPACE_RUN, " ")
        .trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, folded);
  return folded;
}
