import { deflateRawSync } from "node:zlib";
import { EntryOverflow, portableZipCodec } from "../../workbook/reader";
import { nodeZipCodec } from "./nodeZipCodec";

const bytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 251);

describe("nodeZipCodec", () => {
  it.each([0, 1, 63, 64, 4095, 16_384, 70_000, 3 * 1024 * 1024])(
    "inflates %i bytes as the portable codec does",
    (size) => {
      const data = bytes(size);
      const packed = deflateRawSync(data);
      const out = nodeZipCodec.inflateRaw(packed, size);
      expect(Buffer.from(out).equals(Buffer.from(data))).toBe(true);
      expect(Buffer.from(portableZipCodec.inflateRaw(packed, size)).equals(Buffer.from(out))).toBe(
        true,
      );
    },
  );

  it.each([
    [100, 101],
    [100, 5_000],
    [2 * 1024 * 1024, 3 * 1024 * 1024],
  ])("stops an entry declared as %i bytes that inflates to %i", (declared, actual) => {
    const packed = deflateRawSync(new Uint8Array(actual));
    expect(() => nodeZipCodec.inflateRaw(packed, declared)).toThrow(EntryOverflow);
  });
});
