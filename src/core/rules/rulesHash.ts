import type { Rules } from "./schema";

// FNV-1a 64 in two 32-bit halves: the BigInt form costs an allocation per byte, and the hash
// is taken at the start of each consolidation and again for its Cấu hình sheet.
const OFFSET_HIGH = 0xcbf29ce4;
const OFFSET_LOW = 0x84222325;
// The prime is 2^40 + 0x1b3: a product is the low half times 0x1b3, plus the high half times
// 0x1b3 and the low half shifted by 40 bits, both into the high half.
const PRIME_LOW = 0x1b3;
const TWO_32 = 0x100000000;

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
  // JSON.stringify escapes a lone surrogate, so the text is always well-formed UTF-16.
  const bytes = new TextEncoder().encode(canonicalJson(rules));
  let high = OFFSET_HIGH;
  let low = OFFSET_LOW;
  for (const byte of bytes) {
    low = (low ^ byte) >>> 0;
    const lowProduct = low * PRIME_LOW;
    const carry = Math.floor(lowProduct / TWO_32);
    high = (Math.imul(high, PRIME_LOW) + carry + (low << 8)) >>> 0;
    low = lowProduct >>> 0;
  }
  return hex8(high) + hex8(low);
}

function hex8(half: number): string {
  return half.toString(16).padStart(8, "0");
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
