// Test helpers (imported by the reader's tests only): real workbooks written by ExcelJS, and
// zips crafted or patched with fflate to make the damaged and hostile files a reader meets.
import ExcelJS from "exceljs";
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { crc32 } from "./crc32";

/** Writes a workbook built by `build` with ExcelJS and returns its bytes. */
export async function excelBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A zip of text entries. */
export function zipOf(
  entries: Record<string, string | Uint8Array>,
  level: 0 | 6 | 9 = 6,
): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries)) {
    files[name] = [typeof content === "string" ? strToU8(content) : content, { level }];
  }
  return zipSync(files);
}

/** Rewrites the text of some entries of a zip (others are copied as they are). */
export function patchZip(
  bytes: Uint8Array,
  patches: Record<string, (xml: string) => string>,
): Uint8Array {
  const files = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    const patch = patches[name];
    out[name] = patch ? strToU8(patch(strFromU8(content))) : content;
  }
  for (const [name, patch] of Object.entries(patches)) {
    if (!(name in files)) out[name] = strToU8(patch(""));
  }
  return zipSync(out);
}

/**
 * Rewrites every shared-string cell of a workbook's first sheet as an inline string holding
 * the same item (runs included), as producers that skip the shared strings part write them.
 */
export function inlineSharedStrings(bytes: Uint8Array): Uint8Array {
  const items = (entriesOf(bytes)["xl/sharedStrings.xml"] ?? "").match(/<si>.*?<\/si>/gs) ?? [];
  return patchZip(bytes, {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(
        /<c r="([A-Z]+\d+)"((?: s="\d+")?) t="s"><v>(\d+)<\/v><\/c>/g,
        (_cell, ref: string, style: string, index: string) => {
          const item = items[Number(index)]!.slice(4, -5);
          return `<c r="${ref}"${style} t="inlineStr"><is>${item}</is></c>`;
        },
      ),
  });
}

/** The names and texts of a zip's entries. */
export function entriesOf(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(content);
  return out;
}

/**
 * Overwrites the unpacked size that the central directory declares for one entry, as a zip
 * bomb does to look small.
 */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let at = out.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (
      nameLength === nameBytes.length &&
      strFromU8(out.subarray(at + 46, at + 46 + nameLength)) === name
    ) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Where an entry's compressed data starts and ends, to damage it on purpose. */
export function dataRangeOf(bytes: Uint8Array, name: string): { start: number; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 30 <= bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    if (strFromU8(bytes.subarray(at + 30, at + 30 + nameLength)) !== name) continue;
    const start = at + 30 + nameLength + extraLength;
    return { start, end: start + view.getUint32(at + 18, true) };
  }
  throw new Error(`no entry ${name}`);
}

/** The minimal parts of a workbook, to build hostile variants of one part at a time. */
export function minimalWorkbookParts(sheetXml: string): Record<string, string> {
  return {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      "</Relationships>",
    "xl/workbook.xml":
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="BaoCao" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      "</Relationships>",
    "xl/worksheets/sheet1.xml": sheetXml,
  };
}

/** A worksheet part around the given `<sheetData>` content. */
export function sheetXmlOf(sheetData: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${sheetData}</sheetData></worksheet>`
  );
}

/** An entry for `rawZip`: either text to deflate honestly, or raw data with made-up claims. */
export type RawEntry =
  | { readonly name: string; readonly text: string }
  | {
      readonly name: string;
      readonly data: Uint8Array;
      readonly method: number;
      readonly declaredSize: number;
      readonly crc: number;
      readonly flags?: number;
    };

/** A zip written byte by byte, so that its headers can say what a hostile zip says. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const plain = "text" in entry ? strToU8(entry.text) : null;
    const data = plain ? deflateSync(plain) : (entry as { data: Uint8Array }).data;
    const e =
      "text" in entry
        ? { method: 8, declaredSize: plain!.length, crc: crc32(plain!), flags: 0 }
        : {
            method: entry.method,
            declaredSize: entry.declaredSize,
            crc: entry.crc,
            flags: entry.flags ?? 0,
          };
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(6, e.flags, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(8, e.flags, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    chunks.push(local, data);
    directory.push(central);
    offset += local.length + data.length;
  }
  const directorySize = directory.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...directory, end];
  const out = new Uint8Array(all.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A raw deflate stream that unpacks to `1 + 258 * copies` zero bytes: one literal zero, then
 * `copies` back-references of the longest length, 13 bits each (about 1:1270), written without
 * ever holding the unpacked bytes.
 */
export function deflatedZeros(copies: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, length: number) => {
    for (let k = 0; k < length; k++, bit++) if ((value >> k) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first.
  const putCode = (code: number, length: number) => {
    for (let k = length - 1; k >= 0; k--, bit++)
      if ((code >> k) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  put(1, 1); // last block
  put(1, 2); // fixed Huffman codes
  putCode(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    putCode(0xc5, 8); // length 258 (symbol 285)
    putCode(0, 5); // distance 1
  }
  putCode(0, 7); // end of block
  return out;
}
