import { deflateRawSync, inflateRawSync } from "node:zlib";
import { reusedInflater } from "./reusedInflater";

const inflateInto = reusedInflater();

// A text like a worksheet's, so the deflate data has both literals and back-references.
function sheetLike(rows: number, seed: number): Uint8Array {
  let xml = "";
  for (let r = 1; r <= rows; r++) {
    xml += `<row r="${r}"><c r="A${r}" t="s"><v>${(r * seed) % 97}</v></c>`;
    xml += `<c r="B${r}"><v>${((r * 7919 + seed) % 100_003) / 10}</v></c></row>`;
  }
  return new TextEncoder().encode(xml);
}

// A seeded generator, so a failing case can be run again.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("reusedInflater", () => {
  it("is there on this Node", () => {
    expect(inflateInto).not.toBeNull();
  });

  it.each([0, 1, 10, 200, 3_000])("inflates a part of %i rows as inflateRawSync does", (rows) => {
    const data = sheetLike(rows, rows + 1);
    const packed = deflateRawSync(data);
    const out = new Uint8Array(data.length + 1);
    const written = inflateInto!(packed, out);
    expect(written).toBe(data.length);
    expect(Buffer.from(out.subarray(0, written)).equals(inflateRawSync(packed))).toBe(true);
  });

  it("fills a buffer too short for the data to its end", () => {
    const packed = deflateRawSync(sheetLike(50, 3));
    expect(inflateInto!(packed, new Uint8Array(64))).toBe(64);
  });

  it("refuses damaged data exactly where inflateRawSync does, and inflates the next part", () => {
    const next = random(20_261_123);
    const good = sheetLike(80, 5);
    const packed = deflateRawSync(good);
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const damaged = Buffer.from(packed);
      const at = Math.floor(next() * damaged.length);
      damaged[at] = damaged[at]! ^ (1 + Math.floor(next() * 255));
      const cut = next() < 0.2 ? damaged.subarray(0, Math.floor(next() * damaged.length)) : damaged;
      let expected: Buffer | null = null;
      try {
        expected = inflateRawSync(cut, { maxOutputLength: 2 * good.length });
      } catch {
        expected = null;
      }
      const out = new Uint8Array(2 * good.length);
      let written: number | null;
      try {
        written = inflateInto!(cut, out);
      } catch {
        written = null;
      }
      if (expected === null) {
        refused++;
        expect(written).toBeNull();
      } else {
        expect(written).not.toBeNull();
        expect(Buffer.from(out.subarray(0, written!)).equals(expected)).toBe(true);
      }
      // Whatever the damaged part did, the inflater is ready for the next one.
      const again = new Uint8Array(good.length + 1);
      expect(inflateInto!(packed, again)).toBe(good.length);
    }
    expect(refused).toBeGreaterThan(50);
  });
});
