import { crc32 } from "./crc32";

const text = (s: string) => new TextEncoder().encode(s);

describe("crc32", () => {
  it.each<[string, Uint8Array, number]>([
    ["nothing", new Uint8Array(0), 0],
    ["the standard check string", text("123456789"), 0xcbf43926],
    ["a single byte", text("a"), 0xe8b7be43],
    [
      "a length that is not a multiple of four",
      text("The quick brown fox jumps over the lazy dog"),
      0x414fa339,
    ],
    ["bytes with the high bit set", new Uint8Array([0xff, 0xfe, 0x80, 0x00, 0x7f]), 0x4b702628],
  ])("gives the zip checksum of %s", (_name, bytes, expected) => {
    expect(crc32(bytes)).toBe(expected);
  });

  it("changes when one bit changes", () => {
    const bytes = text('<c r="F14"><v>216.8</v></c>');
    const flipped = bytes.slice();
    flipped[15] = flipped[15]! ^ 0x04;
    expect(crc32(flipped)).not.toBe(crc32(bytes));
  });
});
