import { foldText } from "../text/foldText";
import { readUnitWord, type UnitWord } from "./unitWords";

/** Why a text is not read as a number. */
export type NumberFailure = "number.not-a-number" | "number.ambiguous" | "number.unit-mismatch";

/**
 * Why separators make a text unreadable, in `detail` of a `number.ambiguous` reading:
 * - `single-dot`: one `.` that is not a thousands group ("1.5", "0.500", "1234.567");
 * - `mixed-order`: a `.` after the decimal `,` ("1,234.5");
 * - `several-commas`: more than one `,` ("1,234,567");
 * - `bad-grouping`: dots that do not group by three, or a dangling separator ("1.23.456", "5,");
 * - `space-grouping`: digits grouped by spaces ("22 750 000").
 */
export type AmbiguityDetail =
  "single-dot" | "mixed-order" | "several-commas" | "bad-grouping" | "space-grouping";

/**
 * A number read from a cell or a text. On success `text` is the trimmed text it was read from
 * (absent for a number cell). On failure `text` quotes what was seen; `detail` is an
 * {@link AmbiguityDetail} for `number.ambiguous`, the unit as written for `number.unit-mismatch`.
 */
export type NumberReading =
  | { ok: true; value: number; fromText: boolean; text?: string }
  | { ok: false; code: NumberFailure; text: string; detail?: string };

/** The indicator's unit, as far as conversion is concerned. */
type RowUnit =
  | { readonly kind: "none" }
  | { readonly kind: "money"; readonly exponent: number }
  | { readonly kind: "percent" }
  | { readonly kind: "count"; readonly group: string; readonly exponent: number };

const NONE: RowUnit = { kind: "none" };
const ROW_UNIT_CACHE_LIMIT = 1024;
const rowUnits = new Map<string, RowUnit>();

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;
const HYPHEN_MINUS = 45;
const MINUS_SIGN = 0x2212;

/**
 * Reads a number typed the Vietnamese way (DOMAIN.md, "How numbers and dates are written"):
 * `.` groups thousands and `,` marks decimals; a single `.` followed by exactly three digits is
 * a thousands group. A unit or scale word may follow and converts the value into the
 * indicator's own `unit` ("người", "triệu đồng", "%", "lượt", ...):
 * - money: "đồng"/"đ", "nghìn"/"ngàn", "triệu", "tỷ"/"tỉ", with or without "đồng"; a bare scale
 *   word is money in a money row and a plain multiplier where no unit is given;
 * - percent: "95%" is the ratio 0.95 in a "%" row or where no unit is given;
 * - count: the row's own unit may be repeated ("25 người"), also scaled ("75 nghìn sáng kiến");
 *   words for people ("đoàn viên", "đồng chí", ...) count as "người".
 * A number without a unit is taken as written, in the row's unit. A unit that conflicts with the
 * row's ("5 tỷ" or "30%" in a "người" row) is `number.unit-mismatch`; separators that can be
 * read more than one way are `number.ambiguous`; anything else that is not one number with an
 * optional sign and unit ("khoảng 20", "20 người?", "hai mươi", "25/25", "") is
 * `number.not-a-number`. The value is the double nearest the written decimal: "216,8" is 216.8.
 *
 * @example
 * parseVietnameseNumber("2.686") // { ok: true, value: 2686, fromText: true, text: "2.686" }
 * parseVietnameseNumber("1,6 tỷ", { unit: "triệu đồng" }).value // 1600
 * parseVietnameseNumber("22.750.000 đồng", { unit: "triệu đồng" }).value // 22.75
 * parseVietnameseNumber("1.5") // { ok: false, code: "number.ambiguous", text: "1.5", detail: "single-dot" }
 * parseVietnameseNumber("5 tỷ", { unit: "người" }).code // "number.unit-mismatch"
 */
export function parseVietnameseNumber(
  text: string,
  options: { unit?: string } = {},
): NumberReading {
  const trimmed = text.trim();
  const length = trimmed.length;
  let i = 0;
  let negative = false;
  const first = trimmed.charCodeAt(0);
  if (first === PLUS || first === HYPHEN_MINUS || first === MINUS_SIGN) {
    negative = first !== PLUS;
    i = skipSpaces(trimmed, 1);
  }
  if (!isDigit(trimmed.charCodeAt(i))) return failure("number.not-a-number", trimmed);

  const bodyStart = i;
  for (let c = trimmed.charCodeAt(i); isDigit(c) || c === DOT || c === COMMA;) {
    c = trimmed.charCodeAt(++i);
  }
  const bodyEnd = i;
  const suffixStart = skipSpaces(trimmed, bodyEnd);
  if (suffixStart > bodyEnd && isDigit(trimmed.charCodeAt(suffixStart))) {
    return failure("number.ambiguous", trimmed, "space-grouping");
  }

  let shift = 0;
  let mismatch = false;
  if (suffixStart < length) {
    const row = options.unit === undefined ? NONE : rowUnitOf(options.unit);
    const conversion = exponentShift(row, readUnitWord(foldText(trimmed.slice(suffixStart))));
    if (conversion === "not-a-number") return failure("number.not-a-number", trimmed);
    if (conversion === "mismatch") mismatch = true;
    else shift = conversion;
  }

  const decimal = readDecimal(trimmed.slice(bodyStart, bodyEnd));
  if (typeof decimal === "string") return failure("number.ambiguous", trimmed, decimal);
  if (mismatch) return failure("number.unit-mismatch", trimmed, trimmed.slice(suffixStart));

  const magnitude = Number(`${decimal.digits}e${shift - decimal.decimals}`);
  if (!Number.isFinite(magnitude)) return failure("number.not-a-number", trimmed);
  // -0 would print as "-0" and compare oddly; "-0" typed in a cell means nothing but zero.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, fromText: true, text: trimmed };
}

function failure(code: NumberFailure, text: string, detail?: string): NumberReading {
  return detail === undefined ? { ok: false, code, text } : { ok: false, code, text, detail };
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

// Spaces that may sit between a sign, the digits and a unit, as typed or pasted from Word.
function skipSpaces(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 160 || c === 9 || c === 0x202f || c === 0x3000) i++;
    else if (c >= 0x2000 && c <= 0x200b) i++;
    else return i;
  }
}

/**
 * The digits and number of decimal places of a run of digits, dots and commas, or why the run
 * cannot be read one way only.
 */
function readDecimal(body: string): { digits: string; decimals: number } | AmbiguityDetail {
  const comma = body.indexOf(",");
  let integer = body;
  let fraction = "";
  if (comma >= 0) {
    if (body.indexOf(",", comma + 1) >= 0) return "several-commas";
    integer = body.slice(0, comma);
    fraction = body.slice(comma + 1);
    if (fraction.indexOf(".") >= 0) return "mixed-order";
    if (fraction === "") return "bad-grouping";
  }
  if (integer.indexOf(".") < 0) return { digits: integer + fraction, decimals: fraction.length };

  const groups = integer.split(".");
  const head = groups[0] ?? "";
  // A leading zero cannot start a grouped number: "0.500" is an English decimal, not 500.
  let grouped = head.length >= 1 && head.length <= 3 && head.charCodeAt(0) !== DIGIT_0;
  for (let g = 1; grouped && g < groups.length; g++) grouped = groups[g]?.length === 3;
  if (!grouped) return comma < 0 && groups.length === 2 ? "single-dot" : "bad-grouping";
  return { digits: groups.join("") + fraction, decimals: fraction.length };
}

function rowUnitOf(unit: string): RowUnit {
  const cached = rowUnits.get(unit);
  if (cached !== undefined) return cached;
  const folded = foldText(unit);
  let row: RowUnit = NONE;
  if (folded !== "") {
    const word = readUnitWord(folded);
    if (word.kind === "percent") row = word;
    else if (word.kind === "count")
      row = { kind: "count", group: word.group, exponent: word.exponent };
    // An indicator whose unit is a bare scale word ("triệu") counts money.
    else row = { kind: "money", exponent: word.exponent };
  }
  if (rowUnits.size >= ROW_UNIT_CACHE_LIMIT) rowUnits.clear();
  rowUnits.set(unit, row);
  return row;
}

/** The power of ten that converts a value written with `word` into the row's unit. */
function exponentShift(row: RowUnit, word: UnitWord): number | "mismatch" | "not-a-number" {
  switch (word.kind) {
    case "percent":
      return row.kind === "none" || row.kind === "percent" ? -2 : "mismatch";
    case "money":
    case "scale":
      if (row.kind === "none") return word.exponent;
      return row.kind === "money" ? word.exponent - row.exponent : "mismatch";
    case "count":
      if (row.kind === "count" && row.group === word.group) return word.exponent - row.exponent;
      if (!word.known) return "not-a-number";
      return row.kind === "none" ? word.exponent : "mismatch";
  }
}
