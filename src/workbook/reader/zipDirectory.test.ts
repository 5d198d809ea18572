import { ReaderFailure } from "./readerFailure";
import { zipOf } from "./testSupport";
import { readZipDirectory } from "./zipDirectory";

function failure(run: () => unknown): ReaderFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ReaderFailure) return error;
    throw error;
  }
  throw new Error("expected a ReaderFailure");
}

// A zip64 archive by hand (fflate writes none): one stored entry whose sizes and offset sit in
// the zip64 extra field, and a zip64 end record located by its locator.
function zip64Of(name: string, content: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length + 28);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(16, 0x12345678, true);
  cv.setUint32(20, 0xffffffff, true);
  cv.setUint32(24, 0xffffffff, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint16(30, 28, true);
  cv.setUint32(42, 0xffffffff, true);
  central.set(nameBytes, 46);
  const extra = 46 + nameBytes.length;
  cv.setUint16(extra, 0x0001, true);
  cv.setUint16(extra + 2, 24, true);
  cv.setUint32(extra + 4, content.length, true); // unpacked size
  cv.setUint32(extra + 12, content.length, true); // compressed size
  cv.setUint32(extra + 20, 0, true); // local header offset
  const directoryAt = local.length + content.length;
  const zip64EndAt = directoryAt + central.length;
  const tail = new Uint8Array(56 + 20 + 22);
  const tv = new DataView(tail.buffer);
  tv.setUint32(0, 0x06064b50, true);
  tv.setUint32(32, 1, true);
  tv.setUint32(40, central.length, true);
  tv.setUint32(48, directoryAt, true);
  tv.setUint32(56, 0x07064b50, true);
  tv.setUint32(64, zip64EndAt, true);
  tv.setUint32(76, 0x06054b50, true);
  tv.setUint16(86, 0xffff, true);
  tv.setUint16(84, 0xffff, true);
  tv.setUint32(92, 0xffffffff, true);
  const out = new Uint8Array(directoryAt + central.length + tail.length);
  out.set(local, 0);
  out.set(content, local.length);
  out.set(central, directoryAt);
  out.set(tail, zip64EndAt);
  return out;
}

describe("readZipDirectory", () => {
  it("lists every entry with its method, sizes and checksum", () => {
    const zip = zipOf({ "a.txt": "hello hello hello", "xl/b.xml": "<b/>" });
    const entries = readZipDirectory(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["a.txt", 8, 17],
      ["xl/b.xml", 8, 4],
    ]);
    expect(entries[0]!.crc).toBe(0xe5f98880);
  });

  it("keeps names with traversal or non-ASCII characters as plain strings", () => {
    const names = readZipDirectory(zipOf({ "../../evil": "x", "Báo cáo.xml": "y" })).map(
      (e) => e.name,
    );
    expect(names).toEqual(["../../evil", "Báo cáo.xml"]);
  });

  it("reads a zip64 directory", () => {
    const entries = readZipDirectory(zip64Of("xl/workbook.xml", new TextEncoder().encode("<w/>")));
    expect(entries).toEqual([
      {
        name: "xl/workbook.xml",
        method: 0,
        flags: 0,
        crc: 0x12345678,
        compressedSize: 4,
        size: 4,
        localOffset: 0,
      },
    ]);
  });

  it("finds the directory behind a trailing comment", () => {
    const zip = zipOf({ "a.txt": "x" });
    const withComment = new Uint8Array(zip.length + 5);
    withComment.set(zip);
    withComment.set(new TextEncoder().encode("hello"), zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, 5, true);
    expect(readZipDirectory(withComment).map((e) => e.name)).toEqual(["a.txt"]);
  });

  it.each<[string, (zip: Uint8Array) => Uint8Array]>([
    ["cut in the middle", (zip) => zip.subarray(0, Math.floor(zip.length / 2))],
    ["cut inside the directory", (zip) => zip.subarray(0, zip.length - 30)],
    ["shorter than an end record", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
    [
      "with a directory offset past the end",
      (zip) => {
        const out = zip.slice();
        new DataView(out.buffer).setUint32(out.length - 6, out.length + 100, true);
        return out;
      },
    ],
    [
      "with an entry count larger than the directory",
      (zip) => {
        const out = zip.slice();
        new DataView(out.buffer).setUint16(out.length - 12, 50, true);
        return out;
      },
    ],
  ])("refuses a zip %s as damaged", (_name, damage) => {
    const zip = zipOf({ "a.txt": "hello", "b.txt": "world" });
    const refused = failure(() => readZipDirectory(damage(zip)));
    expect([refused.code, refused.params]).toEqual(["file.damaged", { part: "zip" }]);
  });
});
