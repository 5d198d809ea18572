import { strFromU8, strToU8 } from "fflate";
import { crc32 } from "./crc32";
import { inflateEntry, type InflateBudget } from "./inflateEntry";
import { ReaderFailure } from "./readerFailure";
import { dataRangeOf, declareSize, deflatedZeros, rawZip, zipOf } from "./testSupport";
import { readZipDirectory, type ZipEntry } from "./zipDirectory";

const MB = 1024 * 1024;

function budget(max = 100 * MB): InflateBudget {
  return { used: 0, max };
}

function only(zip: Uint8Array, name: string): ZipEntry {
  const entry = readZipDirectory(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  return entry;
}

function failure(run: () => unknown): ReaderFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ReaderFailure) return error;
    throw error;
  }
  throw new Error("expected a ReaderFailure");
}

// Text that deflate cannot shrink much, so its compressed form spans several input chunks.
function noisyText(length: number): string {
  let state = 12345;
  let out = "";
  while (out.length < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(33 + (state % 90));
  }
  return out;
}

describe("inflateEntry", () => {
  it.each<[string, string, 0 | 6]>([
    ["a small deflated part", '<c r="A1"><v>1</v></c>'.repeat(50), 6],
    ["a deflated part larger than one input chunk", noisyText(200_000), 6],
    ["a stored part", "Báo cáo 6 tháng đầu năm", 0],
  ])("unpacks %s and charges the budget with its size", (_name, text, level) => {
    const zip = zipOf({ "xl/part.xml": text }, level);
    const spent = budget();
    const out = inflateEntry(zip, only(zip, "xl/part.xml"), spent);
    expect(strFromU8(out)).toBe(text);
    expect(spent.used).toBe(strToU8(text).length);
  });

  it.each<[string, number]>([
    ["small enough to inflate at once", 5_000],
    ["spanning many input chunks (700 MB)", 2_800_000],
  ])("stops a zip bomb that declares a small size, %s, quickly", (_name, copies) => {
    const zip = rawZip([
      { name: "bomb.xml", data: deflatedZeros(copies), method: 8, declaredSize: 1000, crc: 0 },
    ]);
    const started = performance.now();
    const refused = failure(() => inflateEntry(zip, only(zip, "bomb.xml"), budget()));
    expect([refused.code, refused.params]).toEqual(["file.zip-bomb", { limit: 100 }]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("refuses an entry that declares more than the budget left, before unpacking it", () => {
    const zip = zipOf({ "a.xml": "x".repeat(2000), "b.xml": "y".repeat(2000) });
    const spent = budget(3000);
    expect(strFromU8(inflateEntry(zip, only(zip, "a.xml"), spent))).toHaveLength(2000);
    const refused = failure(() => inflateEntry(zip, only(zip, "b.xml"), spent));
    expect([refused.code, refused.params]).toEqual(["file.zip-bomb", { limit: 1 }]);
  });

  it("refuses a declared size that deflate could never reach from the data, as damaged", () => {
    const zip = declareSize(zipOf({ "xl/part.xml": "<a>hello</a>" }), "xl/part.xml", 90 * MB);
    const started = performance.now();
    const refused = failure(() => inflateEntry(zip, only(zip, "xl/part.xml"), budget()));
    expect([refused.code, refused.params]).toEqual(["file.damaged", { part: "xl/part.xml" }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses an entry that unpacks to less than it declares as damaged", () => {
    const zip = declareSize(zipOf({ "xl/part.xml": "<a>hello</a>" }), "xl/part.xml", 20);
    const refused = failure(() => inflateEntry(zip, only(zip, "xl/part.xml"), budget()));
    expect([refused.code, refused.params]).toEqual(["file.damaged", { part: "xl/part.xml" }]);
  });

  it("refuses an entry whose checksum does not match as damaged", () => {
    const zip = zipOf({ "xl/part.xml": "<v>216.8</v>" }, 0);
    const { start } = dataRangeOf(zip, "xl/part.xml");
    zip[start + 4] = "7".charCodeAt(0); // 216.8 becomes 716.8: still valid XML, wrong file
    const refused = failure(() => inflateEntry(zip, only(zip, "xl/part.xml"), budget()));
    expect([refused.code, refused.params]).toEqual(["file.damaged", { part: "xl/part.xml" }]);
  });

  it.each<[string, Uint8Array]>([
    ["an invalid block type", new Uint8Array([0x07, 0x00, 0x00])],
    ["a stream cut short", deflatedZeros(100).subarray(0, 20)],
  ])("refuses deflate data with %s as damaged", (_name, data) => {
    const zip = rawZip([{ name: "x.xml", data, method: 8, declaredSize: 25801, crc: 0 }]);
    expect(failure(() => inflateEntry(zip, only(zip, "x.xml"), budget())).code).toBe(
      "file.damaged",
    );
  });

  it("refuses an encrypted entry as password-protected", () => {
    const data = strToU8("<a/>");
    const zip = rawZip([
      { name: "xl/workbook.xml", data, method: 0, declaredSize: 4, crc: crc32(data), flags: 1 },
    ]);
    expect(failure(() => inflateEntry(zip, only(zip, "xl/workbook.xml"), budget())).code).toBe(
      "file.password-protected",
    );
  });

  it("refuses an unknown compression method as damaged", () => {
    const data = strToU8("<a/>");
    const zip = rawZip([{ name: "x.xml", data, method: 14, declaredSize: 4, crc: crc32(data) }]);
    expect(failure(() => inflateEntry(zip, only(zip, "x.xml"), budget())).params).toEqual({
      part: "x.xml",
    });
  });

  it("refuses an entry whose data runs past the end of the file as damaged", () => {
    const zip = zipOf({ "x.xml": "<a>hello</a>" }, 0);
    const entry = { ...only(zip, "x.xml"), compressedSize: zip.length };
    expect(failure(() => inflateEntry(zip, entry, budget())).code).toBe("file.damaged");
  });
});
