import { base64FromBytes } from "./base64FromBytes";

describe("base64FromBytes", () => {
  it.each([
    ["no bytes", [], ""],
    ["the zip signature", [80, 75, 3, 4], "UEsDBA=="],
    ["one byte", [255], "/w=="],
    ["two bytes", [0, 255], "AP8="],
    ["three bytes", [1, 2, 3], "AQID"],
  ])("encodes %s", (_name, bytes, expected) => {
    expect(base64FromBytes(new Uint8Array(bytes))).toBe(expected);
  });

  it("encodes a workbook-sized buffer across blocks exactly as Node does", () => {
    const bytes = new Uint8Array(100_003);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
