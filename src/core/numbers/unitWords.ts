/**
 * What a unit word written after a number (or an indicator's unit) means. Exponents are powers
 * of ten against the base unit: đồng for money, one for a count.
 * - `money`: names money ("đồng", "đ", "triệu đồng", "tr.đ");
 * - `scale`: a bare scale word ("nghìn", "triệu", "tỷ"), money only where the row is money;
 * - `percent`: "%";
 * - `count`: a count unit ("người", "lượt", "nghìn sáng kiến"); `group` joins the words for
 *   the same thing ("đoàn viên" counts people like "người"); `known` is false for a word this
 *   table does not know, which is kept as its own group so an indicator's own unit still matches.
 */
export type UnitWord =
  | { readonly kind: "money"; readonly exponent: number }
  | { readonly kind: "scale"; readonly exponent: number }
  | { readonly kind: "percent" }
  | {
      readonly kind: "count";
      readonly group: string;
      readonly exponent: number;
      readonly known: boolean;
    };

// All keys are folded (lower case, no diacritics, single spaces): see foldText.
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["nghin", 3],
  ["ngan", 3],
  ["trieu", 6],
  ["ty", 9],
  ["ti", 9],
]);
const MONEY_WORDS: ReadonlySet<string> = new Set(["dong", "d", "vnd"]);
// The abbreviations Vietnamese reports write in unit columns for "triệu đồng".
const MONEY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["trd", 6],
  ["tr.d", 6],
]);
const PERCENT_WORDS: ReadonlySet<string> = new Set(["%", "phan tram"]);
const PEOPLE = "nguoi";
const COUNT_WORDS: ReadonlyMap<string, string> = new Map([
  ["nguoi", PEOPLE],
  ["doan vien", PEOPLE],
  ["dong chi", PEOPLE],
  ["ca nhan", PEOPLE],
  ["nguoi lao dong", PEOPLE],
  ["can bo", PEOPLE],
  ["luot", "luot"],
  ["luot nguoi", "luot"],
  ["suat", "suat"],
  ["suat qua", "suat"],
  ["can", "can"],
  ["can nha", "can"],
  ["nha", "can"],
  ["sang kien", "sang kien"],
  ["hoat dong", "hoat dong"],
  ["cong trinh", "cong trinh"],
  ["tap the", "tap the"],
  ["lop", "lop"],
  ["cdcs", "cdcs"],
  ["co so", "co so"],
  ["don vi", "don vi"],
  ["hoi nghi", "hoi nghi"],
  ["lan", "lan"],
  ["buoi", "buoi"],
  ["cai", "cai"],
  ["chiec", "chiec"],
]);

/**
 * Reads a folded unit word (see `foldText`). Never fails: an unknown word is an unknown
 * count unit, and the caller decides whether the row's own unit makes it acceptable.
 *
 * @example
 * readUnitWord("trieu dong") // { kind: "money", exponent: 6 }
 * readUnitWord("ty") // { kind: "scale", exponent: 9 }
 * readUnitWord("doan vien") // { kind: "count", group: "nguoi", exponent: 0, known: true }
 */
export function readUnitWord(folded: string): UnitWord {
  const whole = wordAt(folded, 0);
  if (whole !== null) return whole;
  // A scale word may lead a money or count word: "triệu đồng", "nghìn sáng kiến".
  const space = folded.indexOf(" ");
  const scale = space > 0 ? SCALE_WORDS.get(folded.slice(0, space)) : undefined;
  if (scale !== undefined) {
    const rest = folded.slice(space + 1);
    const scaled = wordAt(rest, scale);
    return scaled ?? { kind: "count", group: rest, exponent: scale, known: false };
  }
  return { kind: "count", group: folded, exponent: 0, known: false };
}

// Only money and count words take a leading scale word, so a non-zero exponent stops there.
function wordAt(folded: string, exponent: number): UnitWord | null {
  if (MONEY_WORDS.has(folded)) return { kind: "money", exponent };
  const group = COUNT_WORDS.get(folded);
  if (group !== undefined) return { kind: "count", group, exponent, known: true };
  if (exponent !== 0) return null;
  if (PERCENT_WORDS.has(folded)) return { kind: "percent" };
  const scale = SCALE_WORDS.get(folded);
  if (scale !== undefined) return { kind: "scale", exponent: scale };
  const abbreviated = MONEY_ABBREVIATIONS.get(folded);
  if (abbreviated !== undefined) return { kind: "money", exponent: abbreviated };
  return null;
}
