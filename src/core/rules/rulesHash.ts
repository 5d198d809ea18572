import type { Rules } from "./schema";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * A stable content hash of a rule set, for caches keyed by the rules a result was computed
 * with: FNV-1a 64 over the UTF-8 bytes of the rules' canonical JSON (keys sorted at every
 * level, lists in order), as 16 hex digits. Equal rules hash equal whatever their key order;
 * it is not a cryptographic hash and guards against nothing but staleness.
 *
 * @example
 * rulesHash(defaultRules) // 16 hex digits, the same on every machine and run
 * rulesHash({ ...defaultRules, thresholds: { HTXS: 95, HTT: 70, HT: 50 } }) !== rulesHash(defaultRules) // true
 */
export function rulesHash(rules: Rules): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8(canonicalJson(rules))) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, "0");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function* utf8(text: string): Generator<number> {
  for (const char of text) {
    let code = char.codePointAt(0)!;
    // A lone surrogate has no UTF-8 form; U+FFFD is what an encoder writes for it.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) yield code;
    else if (code < 0x800) {
      yield 0xc0 | (code >> 6);
      yield 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      yield 0xe0 | (code >> 12);
      yield 0x80 | ((code >> 6) & 0x3f);
      yield 0x80 | (code & 0x3f);
    } else {
      yield 0xf0 | (code >> 18);
      yield 0x80 | ((code >> 12) & 0x3f);
      yield 0x80 | ((code >> 6) & 0x3f);
      yield 0x80 | (code & 0x3f);
    }
  }
}
