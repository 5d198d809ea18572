const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

// Longest reference worth looking at: "&#x10FFFF;" is 10 characters.
const MAX_REFERENCE = 10;

/**
 * Replaces the five predefined XML entities and numeric character references. Anything else
 * after `&` (an undeclared entity, a reference to an invalid code point) is kept as written:
 * no DTD is ever read, so there is nothing else it could mean.
 *
 * @example
 * decodeEntities("A &amp; B &#7871; &#x1EBF;") // "A & B ế ế"
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp === -1) return text;
  let out = "";
  let from = 0;
  while (amp !== -1) {
    const semi = text.indexOf(";", amp + 1);
    const replacement =
      semi !== -1 && semi - amp <= MAX_REFERENCE ? reference(text.slice(amp + 1, semi)) : null;
    if (replacement !== null) {
      out += text.slice(from, amp) + replacement;
      from = semi + 1;
    }
    amp = text.indexOf("&", replacement !== null ? from : amp + 1);
  }
  return out + text.slice(from);
}

function reference(body: string): string | null {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES[body] ?? null;
  const hex = body.charCodeAt(1) === 120 /* x */ || body.charCodeAt(1) === 88; /* X */
  const digits = body.slice(hex ? 2 : 1);
  if (digits === "" || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/**
 * Undoes the `_xHHHH_` escapes with which Excel stores characters that XML cannot hold
 * (a carriage return is `_x000D_`; a literal `_x` sequence is written `_x005F_x…`).
 *
 * @example
 * decodeEscapedText("a_x000D_\nb") // "a\r\nb"
 * decodeEscapedText("_x005F_x0041_") // "_x0041_"
 */
export function decodeEscapedText(text: string): string {
  if (text.indexOf("_x") === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
