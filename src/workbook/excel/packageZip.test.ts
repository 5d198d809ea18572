import { strFromU8, unzipSync } from "fflate";
import { crc32 } from "../reader/crc32";
import { ZipPackage } from "../reader/zipPackage";
import { packageSink, type PartDeflate } from "./packageZip";

const at = new Date(Date.UTC(2024, 11, 31, 10, 20, 30));

function written(deflate?: PartDeflate) {
  const sink = packageSink(at, deflate);
  sink.add("[Content_Types].xml", "<Types/>");
  sink.add("xl/worksheets/sheet1.xml", `<sheetData>${"<c>Công đoàn</c>".repeat(2000)}</sheetData>`);
  sink.add("xl/media/image1.png", "iVBORw0KGgo=", { base64: true });
  sink.add("docProps/raw.bin", new Uint8Array([0, 1, 2, 255]));
  return sink.finish();
}

describe("packageSink", () => {
  const lent: PartDeflate = { deflateRaw: (data) => storedBlock(data), crc32 };
  it.each([
    ["fflate", undefined],
    ["a lent deflate", lent],
  ])(
    "writes a zip that unzips to each part, text as UTF-8 and base64 decoded (%s)",
    (_, deflate) => {
      const files = unzipSync(written(deflate));
      expect(Object.keys(files)).toEqual([
        "[Content_Types].xml",
        "xl/worksheets/sheet1.xml",
        "xl/media/image1.png",
        "docProps/raw.bin",
      ]);
      expect(strFromU8(files["xl/worksheets/sheet1.xml"]!)).toContain("<c>Công đoàn</c>");
      expect([...files["xl/media/image1.png"]!]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ]);
      expect([...files["docProps/raw.bin"]!]).toEqual([0, 1, 2, 255]);
    },
  );

  it("passes our own reader's checks (sizes, CRCs) and compresses the XML", () => {
    const bytes = written();
    const pkg = new ZipPackage(bytes, 10 * 1024 * 1024);
    expect(pkg.text("xl/worksheets/sheet1.xml")).toContain("Công đoàn");
    expect(bytes.length).toBeLessThan(2000);
  });

  it("places a part deflated early where it is added, not where it was deflated", () => {
    const sink = packageSink(at);
    const early = sink.deflate("xl/worksheets/sheet1.xml", "<sheetData>Đoàn viên</sheetData>");
    sink.add("[Content_Types].xml", "<Types/>");
    sink.addDeflated(early);
    sink.add("xl/styles.xml", "<styleSheet/>");
    const files = unzipSync(sink.finish());
    expect(Object.keys(files)).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/styles.xml",
    ]);
    expect(strFromU8(files["xl/worksheets/sheet1.xml"]!)).toBe("<sheetData>Đoàn viên</sheetData>");
  });

  it("gives the same bytes for the same parts and time", () => {
    expect(written()).toEqual(written());
  });
});

// A raw deflate stream of one stored block (BFINAL=1, BTYPE=00), for data under 64 KiB.
function storedBlock(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(5 + data.length);
  out[0] = 1;
  out[1] = data.length & 0xff;
  out[2] = data.length >> 8;
  out[3] = ~data.length & 0xff;
  out[4] = (~data.length >> 8) & 0xff;
  out.set(data, 5);
  return out;
}
