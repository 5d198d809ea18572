import { deflateSync, strToU8 } from "fflate";
import { crc32 } from "./crc32";
import { readWorkbook } from "./index";
import * as workbookPart from "./parseWorkbookPart";
import { PartMemo } from "./partMemo";
import { minimalWorkbookParts, rawZip, sheetXmlOf, type RawEntry } from "./testSupport";
import type { ZipEntry } from "./zipDirectory";

const entry = (crc: number, size = 10): ZipEntry => ({
  name: "xl/styles.xml",
  method: 8,
  flags: 0,
  crc,
  compressedSize: 3,
  size,
  localOffset: 0,
});
const bytes = (...values: number[]) => Uint8Array.from(values);

describe("PartMemo", () => {
  it("gives back a value only for the same key, stored bytes and claims", () => {
    const memo = new PartMemo<string[]>();
    memo.set("k", entry(1), bytes(1, 2, 3), ["a"]);
    expect(memo.get("k", entry(1), bytes(1, 2, 3))).toEqual(["a"]);
    expect(memo.get("other", entry(1), bytes(1, 2, 3))).toBeUndefined();
    expect(memo.get("k", entry(1), bytes(1, 2, 4))).toBeUndefined();
    expect(memo.get("k", entry(2), bytes(1, 2, 3))).toBeUndefined();
    expect(memo.get("k", entry(1, 11), bytes(1, 2, 3))).toBeUndefined();
    expect(memo.get("k", { ...entry(1), flags: 1 }, bytes(1, 2, 3))).toBeUndefined();
  });

  it("tells parts apart by any one byte, read from views at any offset", () => {
    const stored = Uint8Array.from({ length: 11 }, (_, i) => i * 23);
    const memo = new PartMemo<string>();
    memo.set("k", entry(1), stored, "v");
    for (let offset = 0; offset < 4; offset++) {
      const view = (change: number) => {
        const copy = new Uint8Array(offset + stored.length);
        copy.set(stored, offset);
        if (change >= 0) copy[offset + change]! ^= 1;
        return copy.subarray(offset);
      };
      expect(memo.get("k", entry(1), view(-1))).toBe("v");
      for (let at = 0; at < stored.length; at++) {
        expect(memo.get("k", entry(1), view(at))).toBeUndefined();
      }
    }
  });

  it("keeps its own copy of the stored bytes, and freezes the value it shares", () => {
    const memo = new PartMemo<{ list: string[] }>();
    const stored = bytes(7, 8, 9);
    const value = memo.set("k", entry(1), stored, { list: ["a"] });
    stored[0] = 0;
    expect(memo.get("k", entry(1), bytes(7, 8, 9))).toBe(value);
    expect(() => value.list.push("b")).toThrow(TypeError);
  });

  it("does not remember a large part, and forgets everything past its size", () => {
    const memo = new PartMemo<number>();
    memo.set("big", entry(1, 300 * 1024), bytes(1), 1);
    expect(memo.get("big", entry(1, 300 * 1024), bytes(1))).toBeUndefined();
    // 20 parts of 250 KB weigh 5 MB: the first ones are forgotten on the way.
    for (let k = 0; k < 20; k++) memo.set(`k${k}`, entry(k, 250 * 1024), bytes(k), k);
    expect(memo.get("k0", entry(0, 250 * 1024), bytes(0))).toBeUndefined();
    expect(memo.get("k19", entry(19, 250 * 1024), bytes(19))).toBe(19);
  });

  it("keeps a few versions of a part, forgetting the oldest", () => {
    const memo = new PartMemo<number>();
    for (let v = 0; v < 5; v++) memo.set("k", entry(v), bytes(v), v);
    expect(memo.get("k", entry(0), bytes(0))).toBeUndefined();
    expect(memo.get("k", entry(4), bytes(4))).toBe(4);
    expect(memo.get("k", entry(1), bytes(1))).toBe(1);
  });
});

describe("readWorkbook with parts shared between files", () => {
  // A sheet name no other test uses, so that the memo starts empty for this workbook part.
  const parts = minimalWorkbookParts(sheetXmlOf('<row r="1"><c r="A1"><v>5</v></c></row>'));
  const workbookXml = parts["xl/workbook.xml"]!.replace('name="BaoCao"', 'name="Chia sẻ"');
  const honest: RawEntry[] = Object.entries({ ...parts, "xl/workbook.xml": workbookXml }).map(
    ([name, text]) => ({ name, text }),
  );

  it("parses a part once for files that hold it byte for byte", () => {
    const parse = jest.spyOn(workbookPart, "parseWorkbookPart");
    try {
      for (let i = 0; i < 3; i++) {
        const read = readWorkbook(rawZip(honest), `CD00${i}.xlsx`);
        expect(read.ok && read.workbook.sheetNames).toEqual(["Chia sẻ"]);
      }
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it("charges a remembered part to the file's budget, as if it were unpacked", () => {
    expect(readWorkbook(rawZip(honest), "tot.xlsx").ok).toBe(true);
    const total = Object.values({ ...parts, "xl/workbook.xml": workbookXml }).reduce(
      (sum, text) => sum + strToU8(text).length,
      0,
    );
    const within = readWorkbook(rawZip(honest), "du.xlsx", { limits: { maxInflatedBytes: total } });
    expect(within.ok).toBe(true);
    const over = readWorkbook(rawZip(honest), "thieu.xlsx", {
      limits: { maxInflatedBytes: total - 1 },
    });
    expect(over.ok ? [] : over.findings.map((f) => f.code)).toEqual(["file.zip-bomb"]);
  });

  it("still finds a part damaged when only its checksum differs from one already read", () => {
    expect(readWorkbook(rawZip(honest), "tot.xlsx").ok).toBe(true);
    const plain = strToU8(workbookXml);
    const forged = honest.map((e): RawEntry =>
      e.name === "xl/workbook.xml"
        ? {
            name: e.name,
            data: deflateSync(plain),
            method: 8,
            declaredSize: plain.length,
            crc: (crc32(plain) + 1) >>> 0,
          }
        : e,
    );
    const read = readWorkbook(rawZip(forged), "hong.xlsx");
    expect(read.ok ? [] : read.findings.map((f) => f.code)).toEqual(["file.damaged"]);
  });
});
