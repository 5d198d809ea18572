/**
 * The broken and hostile files a consolidation meets, built from a real unit workbook (so that
 * only the damage can be why a file is refused): unzipped and zipped again with fflate, with one
 * part made hostile, or bytes that are not a workbook at all.
 */
import { crc32 } from "node:zlib";
import {
  strFromU8,
  strToU8,
  unzipSync,
  Zip,
  ZipDeflate,
  zipSync,
  type ZipInputFile,
  type Zippable,
} from "fflate";

const MB = 1024 * 1024;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts of an xlsx file, by path inside the zip. */
export type Parts = Record<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/** A zip of the parts, deflated (level 6) or stored (level 0). */
export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts)) files[name] = [data, { level }];
  return zipSync(files);
}

/** The path of the worksheet part named `sheet`, through workbook.xml and its relationships. */
export function sheetPart(parts: Parts, sheet: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no worksheet part for ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The workbook with one text part rewritten. */
export function withPart(
  good: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Uint8Array {
  const parts = partsOf(good);
  const xml = parts[part];
  if (!xml) throw new Error(`no part ${part}`);
  const edited = edit(strFromU8(xml));
  if (edited === strFromU8(xml)) throw new Error(`editing ${part} changed nothing`);
  return zipParts({ ...parts, [part]: strToU8(edited) });
}

/** Bytes of a PNG image: not a zip, not text. */
export function notAZip(): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
}

/** The first 60% of a workbook, as an interrupted download leaves it. */
export function truncated(good: Uint8Array): Uint8Array {
  return good.slice(0, Math.floor(good.length * 0.6));
}

/**
 * The workbook stored without compression, with one bit flipped inside the `sheet`'s XML: the
 * zip still opens, only the part's checksum betrays the damage.
 */
export function bitFlipped(good: Uint8Array, sheet: string): Uint8Array {
  const parts = partsOf(good);
  const stored = zipParts(parts, 0);
  const xml = strFromU8(parts[sheetPart(parts, sheet)]!);
  const anchor = strToU8(xml.slice(xml.indexOf("<sheetData>"), xml.indexOf("<sheetData>") + 64));
  const at = indexOfBytes(stored, anchor);
  if (at < 0) throw new Error("the stored sheet data was not found");
  const flipped = stored.slice();
  // A digit of a row number: the XML stays well-formed, only the checksum can tell.
  const digit = flipped.findIndex((b, i) => i > at + 12 && b >= 0x31 && b <= 0x38);
  flipped[digit] = flipped[digit]! ^ 0x01;
  return flipped;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** An OLE2 compound file whose directory names the given streams (written UTF-16LE). */
function ole2(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(8192);
  out.set(OLE2);
  streams.forEach((name, n) => {
    for (let i = 0; i < name.length; i++) out[1024 + n * 128 + i * 2] = name.charCodeAt(i);
  });
  return out;
}

/** An Excel 97–2003 .xls workbook, as far as its first bytes go. */
export function oldXls(): Uint8Array {
  return ole2(["Root Entry", "Workbook", "SummaryInformation"]);
}

/** An xlsx saved with a password to open: an OLE2 file holding the encrypted package. */
export function passwordProtected(): Uint8Array {
  return ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage", "DataSpaces"]);
}

/** A CSV export (renamed .xlsx by the sender). */
export function csv(): Uint8Array {
  return strToU8(
    "Mã số;Chỉ tiêu;Kế hoạch;Thực hiện\r\nDV01;Tổng số CBCCVC;;2.686\r\nDV02;Đoàn viên;;2.500\r\n",
  );
}

/** A billion-laughs DOCTYPE in the shared strings, with its entity used in a string. */
export function doctypeEntities(good: Uint8Array): Uint8Array {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let k = 1; k <= 9; k++) entities.push(`<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`);
  return withPart(good, "xl/sharedStrings.xml", (xml) =>
    xml
      .replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}<!DOCTYPE sst [${entities.join("")}]>`)
      .replace(/<t>[^<]*<\/t>/, "<t>&lol9;</t>"),
  );
}

/** `depth` nested elements inside the sheet data of `sheet`. */
export function deepNesting(good: Uint8Array, sheet: string, depth: number): Uint8Array {
  const part = sheetPart(partsOf(good), sheet);
  return withPart(good, part, (xml) =>
    xml.replace("<sheetData>", `<sheetData>${"<x>".repeat(depth)}${"</x>".repeat(depth)}`),
  );
}

/** `rows` more rows of one number each at the end of `sheet`: a sheet far longer than a report. */
export function longSheet(good: Uint8Array, sheet: string, rows: number): Uint8Array {
  const part = sheetPart(partsOf(good), sheet);
  return withPart(good, part, (xml) => {
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const extra: string[] = [];
    for (let r = last + 1; r <= last + rows; r++)
      extra.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    return xml.replace("</sheetData>", `${extra.join("")}</sheetData>`);
  });
}

/** A zip whose only entries climb out of any folder they would be unpacked into. */
export function traversalOnly(): Uint8Array {
  return zipParts({
    "../../evil.txt": strToU8("pwned"),
    "../xl/workbook.xml": strToU8("<workbook/>"),
  });
}

/** A good workbook that also carries an entry named `../../evil.txt`. */
export function withTraversalEntry(good: Uint8Array): Uint8Array {
  return zipParts({ ...partsOf(good), "../../evil.txt": strToU8("pwned") });
}

/**
 * A raw deflate stream that inflates to `1 + 258 × copies` zero bytes: a literal zero, then
 * back-references of the longest length at distance 1, in fixed Huffman codes. It is written
 * bit by bit, so the zeros are never held in memory (about 1:1270).
 */
function deflatedZeros(copies: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const code = (value: number, length: number) => {
    // Huffman codes are packed most significant bit first.
    for (let k = length - 1; k >= 0; k--, bit++) {
      if ((value >> k) & 1) out[bit >> 3]! |= 1 << (bit & 7);
    }
  };
  out[0] = 0b011; // BFINAL = 1, BTYPE = 01 (fixed codes), least significant bits first
  bit = 3;
  code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    code(0xc5, 8); // length 258
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return out;
}

function crcOfZeros(length: number): number {
  const chunk = Buffer.alloc(MB);
  let crc = 0;
  for (let left = length; left > 0; left -= MB) {
    crc = crc32(left >= MB ? chunk : chunk.subarray(0, left), crc);
  }
  return crc;
}

/**
 * A workbook whose `sheet` part is a deflated run of `megabytes` MB of zeros (a zip bomb). The
 * zip is written by fflate; the bomb's entry goes in already deflated. When `honest`, its
 * headers declare the true size and checksum; otherwise they claim 1,000 bytes.
 */
export function zipBomb(
  good: Uint8Array,
  sheet: string,
  megabytes: number,
  honest: boolean,
): Uint8Array {
  const parts = partsOf(good);
  const bombPart = sheetPart(parts, sheet);
  const copies = Math.ceil((megabytes * MB - 1) / 258);
  const size = 1 + 258 * copies;
  const data = deflatedZeros(copies);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, content] of Object.entries(parts)) {
    if (name === bombPart) {
      const entry: ZipInputFile = {
        filename: name,
        compression: 8,
        size: honest ? size : 1000,
        crc: honest ? crcOfZeros(size) : 0,
      };
      zip.add(entry);
      entry.ondata!(null, data, true);
    } else {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(content, true);
    }
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
