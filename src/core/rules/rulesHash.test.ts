import { defaultRules } from "./defaultRules";
import { rulesHash } from "./rulesHash";
import type { Rules } from "./schema";

describe("rulesHash", () => {
  it("is 16 hex digits, the same for the same rules every time", () => {
    expect(rulesHash(defaultRules)).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesHash(defaultRules)).toBe(rulesHash(structuredClone(defaultRules)));
  });

  it("ignores the order of keys", () => {
    const reordered = Object.fromEntries(Object.entries(defaultRules).reverse()) as Rules;
    const thresholds = { HT: 50, HTT: 70, HTXS: 90 };
    expect(rulesHash({ ...reordered, thresholds })).toBe(rulesHash(defaultRules));
  });

  it.each<[string, Partial<Rules>]>([
    ["a threshold", { thresholds: { HTXS: 90, HTT: 70, HT: 51 } }],
    ["the period", { period: "Năm 2024" }],
    ["no quota", { quota: null }],
    ["the order of the criteria", { criteria: [...defaultRules.criteria].reverse() }],
    [
      "a diacritic in a label",
      {
        criteria: defaultRules.criteria.map((c, i) =>
          i === 5 ? { ...c, label: "Cong tác nữ công" } : c,
        ),
      },
    ],
  ])("changes with %s", (_name, patch) => {
    expect(rulesHash({ ...defaultRules, ...patch })).not.toBe(rulesHash(defaultRules));
  });

  it("hashes the UTF-8 bytes with FNV-1a 64, as the published test vectors", () => {
    // rulesHash of the rules is FNV-1a over their canonical JSON; with no rules fields the
    // canonical JSON of an empty object is "{}", whose FNV-1a 64 is fixed.
    expect(rulesHash({} as Rules)).toBe(fnv1a64("{}"));
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("gives a text with Vietnamese letters its UTF-8 bytes, not its UTF-16 units", () => {
    const rules = { formVersion: "Đ" } as unknown as Rules;
    expect(rulesHash(rules)).toBe(fnv1a64('{"formVersion":"Đ"}'));
  });

  it("agrees with the reference over a long text of one- to four-byte characters", () => {
    const period = "Năm 2024 – Đợt 1 😀 ".repeat(400);
    const rules = { period } as unknown as Rules;
    expect(rulesHash(rules)).toBe(fnv1a64(`{"period":${JSON.stringify(period)}}`));
  });

  it("hashes a lone surrogate as JSON writes it, escaped", () => {
    const rules = { period: "a\ud800b" } as unknown as Rules;
    expect(rulesHash(rules)).toBe(fnv1a64('{"period":"a\\ud800b"}'));
  });
});

/** A reference FNV-1a 64 over UTF-8, written independently of the module's. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = BigInt.asUintN(64, hash * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, "0");
}
