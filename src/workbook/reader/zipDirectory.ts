import { damaged } from "./readerFailure";

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  /** The entry's name as stored (never used as a path on disk). */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  readonly method: number;
  /** General-purpose flags; bit 0 marks an encrypted entry. */
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The declared unpacked size: a claim, held to when the entry is inflated. */
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
const ZIP_PART = "zip";

const utf8 = new TextDecoder("utf-8");

/**
 * Lists the entries of a zip from its central directory (zip64 included), without unpacking
 * anything. Every offset and length is checked against the bytes, so a truncated or
 * corrupted zip is refused as damaged instead of read out of bounds.
 *
 * @example
 * readZipDirectory(zipSync({ "a.txt": strToU8("hi") })) // [{ name: "a.txt", size: 2, ... }]
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw damaged(ZIP_PART); // a zip split over several disks
  }
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw damaged(ZIP_PART);
    const zip64 = readUint64(view, locator + 8);
    if (zip64 + 56 > eocd || view.getUint32(zip64, true) !== ZIP64_END_OF_DIRECTORY) {
      throw damaged(ZIP_PART);
    }
    count = readUint64(view, zip64 + 32);
    offset = readUint64(view, zip64 + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== DIRECTORY_HEADER) {
      throw damaged(ZIP_PART);
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) throw damaged(ZIP_PART);
    const name = utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const sizes = {
      size: view.getUint32(offset + 24, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, sizes);
    entries.push({
      name,
      method: view.getUint16(offset + 10, true),
      flags: view.getUint16(offset + 8, true),
      crc: view.getUint32(offset + 16, true),
      ...sizes,
    });
    offset = next;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw damaged(ZIP_PART);
}

// A zip64 extra field holds, in this order, only the values whose 32-bit field is all ones.
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { size: number; compressedSize: number; localOffset: number },
): void {
  // Nearly every entry: no field is all ones, and nothing needs looking up.
  if (
    sizes.size !== 0xffffffff &&
    sizes.compressedSize !== 0xffffffff &&
    sizes.localOffset !== 0xffffffff
  ) {
    return;
  }
  const wanted = (["size", "compressedSize", "localOffset"] as const).filter(
    (key) => sizes[key] === 0xffffffff,
  );
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const dataLength = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      if (dataLength < wanted.length * 8 || at + 4 + dataLength > start + length) break;
      wanted.forEach((key, k) => (sizes[key] = readUint64(view, at + 4 + k * 8)));
      return;
    }
    at += 4 + dataLength;
  }
  throw damaged(ZIP_PART);
}

function readUint64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw damaged(ZIP_PART);
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw damaged(ZIP_PART);
  return value;
}
