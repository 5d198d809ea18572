import { Utf8Builder } from "./utf8Builder";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("Utf8Builder", () => {
  it("holds the UTF-8 bytes of what was appended, in order", () => {
    const out = new Utf8Builder();
    out.append("<row>");
    out.append("Hà Nội – Đà Nẵng 😀");
    out.append("");
    expect(decode(out.bytes())).toBe("<row>Hà Nội – Đà Nẵng 😀");
    expect(out.byteLength).toBe(new TextEncoder().encode("<row>Hà Nội – Đà Nẵng 😀").length);
  });

  it("grows past its first capacity without losing or reordering a byte", () => {
    const out = new Utf8Builder(4);
    const pieces = Array.from({ length: 500 }, (_, k) => `${k}:ệ😀;`);
    for (const piece of pieces) out.append(piece);
    expect(decode(out.bytes())).toBe(pieces.join(""));
  });

  it("takes a piece longer than twice its capacity at once", () => {
    const out = new Utf8Builder(8);
    const long = "Công đoàn ".repeat(1000);
    out.append("a");
    out.append(long);
    expect(decode(out.bytes())).toBe(`a${long}`);
  });
});
