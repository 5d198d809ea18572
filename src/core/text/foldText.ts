import { memoizeText } from "./memoizeText";

// Combining marks left by NFD: the Vietnamese tone and vowel marks (à, ấ, ơ, ư, ...).
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// đ/Đ do not decompose under NFD; Ð/ð (Icelandic eth) often stand in for Đ in text converted
// from old Vietnamese encodings, so they fold the same way.
const D_STROKE = /[đĐÐð]/g;
// \s covers the no-break and thin spaces Excel and Word paste in; zero-width spaces are not \s.
const WHITESPACE_RUN = /[\s\u200b]+/g;
const ASCII_PLAIN = /^[\x20-\x7e]*$/;

/**
 * Folds text for comparison: lower case, Vietnamese diacritics removed (đ/Đ become d),
 * whitespace runs collapsed to one space, ends trimmed. Punctuation is kept.
 *
 * @example
 * foldText("  Đoàn   viên NỮ ") // "doan vien nu"
 * foldText("Mã số:") // "ma so:"
 */
export const foldText = memoizeText((text: string): string =>
  ASCII_PLAIN.test(text)
    ? text.toLowerCase().replace(WHITESPACE_RUN, " ").trim()
    : text
        .normalize("NFD")
        .replace(COMBINING_MARKS, "")
        .replace(D_STROKE, "d")
        .toLowerCase()
        .replace(WHITESPACE_RUN, " ")
        .trim(),
);
