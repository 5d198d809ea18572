import { ReaderFailure } from "./readerFailure";
import { rawZip, zipOf } from "./testSupport";
import { ZipPackage } from "./zipPackage";

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
}

describe("ZipPackage", () => {
  it("finds parts whatever the case of their names, and with \\ written for /", () => {
    const pkg = new ZipPackage(
      zipOf({ "XL/Workbook.xml": "<w/>", "xl\\worksheets\\sheet1.xml": "<s/>" }),
      1e6,
    );
    expect([
      pkg.has("xl/workbook.xml"),
      pkg.has("/xl/WORKBOOK.XML"),
      pkg.has("/xl/workbook.xml"),
      pkg.has("xl\\Workbook.xml"),
      pkg.has("xl/styles.xml"),
    ]).toEqual([true, true, true, true, false]);
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe("<s/>");
  });

  it.each<[string, Uint8Array]>([
    [
      "UTF-8 with a byte-order mark",
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<t>Đạt</t>")]),
    ],
    ["UTF-16LE with a byte-order mark", utf16("<t>Đạt</t>", false)],
    ["UTF-16BE with a byte-order mark", utf16("<t>Đạt</t>", true)],
  ])("decodes a part written in %s", (_name, bytes) => {
    expect(new ZipPackage(zipOf({ "a.xml": bytes }), 1e6).text("a.xml")).toBe("<t>Đạt</t>");
  });

  it("refuses two entries whose names differ only in case as damaged", () => {
    let refused: unknown;
    try {
      new ZipPackage(
        rawZip([
          { name: "xl/workbook.xml", text: "<a/>" },
          { name: "XL/workbook.xml", text: "<b/>" },
        ]),
        1e6,
      );
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ReaderFailure);
    expect((refused as ReaderFailure).params).toEqual({ part: "XL/workbook.xml" });
  });

  it("charges every part it unpacks to one budget", () => {
    const pkg = new ZipPackage(zipOf({ "a.xml": "a".repeat(600), "b.xml": "b".repeat(600) }), 1000);
    expect(pkg.text("a.xml")).toHaveLength(600);
    let refused: unknown;
    try {
      pkg.text("b.xml");
    } catch (error) {
      refused = error;
    }
    expect((refused as ReaderFailure).code).toBe("file.zip-bomb");
  });
});
