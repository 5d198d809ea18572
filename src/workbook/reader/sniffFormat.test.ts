import { sniffFormat, type SniffedFormat } from "./sniffFormat";
import { zipOf } from "./testSupport";

const text = (s: string) => new TextEncoder().encode(s);
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole2With(streamName: string): Uint8Array {
  const out = new Uint8Array(2048);
  out.set(OLE2_HEADER);
  // A directory entry's name, UTF-16LE, somewhere past the header.
  for (let i = 0; i < streamName.length; i++) out[1024 + i * 2] = streamName.charCodeAt(i);
  return out;
}

describe("sniffFormat", () => {
  it.each<[string, Uint8Array, SniffedFormat]>([
    ["an empty file", new Uint8Array(0), "empty"],
    ["a zip", zipOf({ "a.txt": "x" }), "zip"],
    [
      "an empty zip",
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      "zip",
    ],
    ["an .xls workbook", ole2With("Workbook"), "xls"],
    ["an encrypted xlsx (EncryptionInfo)", ole2With("EncryptionInfo"), "encrypted"],
    ["an encrypted xlsx (EncryptedPackage)", ole2With("EncryptedPackage"), "encrypted"],
    [
      "a CSV with Vietnamese text",
      text("Mã số;Chỉ tiêu;Thực hiện\r\nDV01;Tổng số;2.686\r\n"),
      "text",
    ],
    [
      "a CSV with a UTF-8 byte-order mark",
      new Uint8Array([0xef, 0xbb, 0xbf, ...text("a,b\n")]),
      "text",
    ],
    ["UTF-16 text", new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]), "text"],
    [
      "an HTML page renamed to .xls",
      text("<html><body><table><tr><td>1</td></tr></table></body></html>"),
      "text",
    ],
    ["a PDF", text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "unknown"],
    [
      "a PNG picture",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "unknown",
    ],
    ["bytes that start like a zip but are not one", text("PK is not a zip"), "text"],
  ])("tells %s", (_name, bytes, expected) => {
    expect(sniffFormat(bytes)).toBe(expected);
  });
});
