import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";
import { damaged, megabytes, ReaderFailure } from "./readerFailure";
import type { ZipEntry } from "./zipDirectory";

/**
 * The native code a host may lend the reader for the two byte-crunching steps of unzipping. By
 * default the reader inflates with fflate and checks with its own CRC-32, which run in the
 * browser too; the command line passes Node's zlib (src/cli/read/nodeZipCodec.ts), which needs
 * no warm-up in each worker thread and checks a CRC several times faster.
 */
export interface ZipCodec {
  /**
   * Raw deflate data of an entry that declares `declaredSize` bytes: returns the output, throws
   * {@link EntryOverflow} as soon as the output would exceed the declared size, and any other
   * error for data that is not valid deflate.
   */
  readonly inflateRaw: (compressed: Uint8Array, declaredSize: number) => Uint8Array;
  /** Absent: the reader's own. */
  readonly crc32?: (data: Uint8Array) => number;
}

/** Thrown by a {@link RawInflater} when an entry unpacks to more than it declares. */
export class EntryOverflow extends Error {
  constructor() {
    super("zip entry unpacks to more than its declared size");
    this.name = "EntryOverflow";
  }
}

/** What one file may still unpack: shared by all the entries read from it. */
export interface InflateBudget {
  used: number;
  readonly max: number;
}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
// Deflate expands at most ~1032 times, so one chunk of compressed input can never produce more
// than ~17 MB before the sizes are checked again.
const CHUNK = 16 * 1024;

/**
 * Unpacks one zip entry and checks it. The declared size is a claim made by whoever wrote the
 * zip: the budget is charged with it before anything is unpacked, and the actual output is held
 * to it while inflating, so an entry that unpacks to more than it declares (the trick of a zip
 * bomb, which a damaged entry can also play) is stopped within one chunk of output, at a cost
 * bounded by its declared size, not by what it would unpack to. An entry that unpacks to less,
 * or whose checksum differs, is damaged.
 *
 * @example
 * const entry = readZipDirectory(zipBytes).find((e) => e.name === "xl/workbook.xml")!;
 * inflateEntry(zipBytes, entry, { used: 0, max: 100 * 1024 * 1024 }) // the part's bytes
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  codec?: ZipCodec,
): Uint8Array {
  if (entry.flags & ENCRYPTED_FLAG) throw new ReaderFailure("file.password-protected");
  if (entry.method !== STORED && entry.method !== DEFLATED) throw damaged(entry.name);
  if (entry.size > budget.max - budget.used) throw zipBomb(budget);
  // Deflate cannot expand more than 1032 times (two bits for 258 bytes): a larger claim is
  // false, and is refused before a buffer of that size is made.
  if (entry.method === DEFLATED && entry.size > entry.compressedSize * 1032 + 1024) {
    throw damaged(entry.name);
  }
  budget.used += entry.size;
  const compressed = compressedData(bytes, entry);
  const out =
    entry.method === STORED
      ? stored(compressed, entry)
      : inflated(compressed, entry, budget, codec);
  const crc = codec?.crc32 ? codec.crc32(out) >>> 0 : crc32(out);
  if (crc !== entry.crc) throw damaged(entry.name);
  return out;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) throw damaged(entry.name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw damaged(entry.name);
  // The local header repeats the name and may carry a different extra field than the directory.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(entry.name);
  return bytes.subarray(start, end);
}

function stored(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (data.length !== entry.size) throw damaged(entry.name);
  return data;
}

function inflated(
  data: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  codec: ZipCodec | undefined,
): Uint8Array {
  try {
    if (codec) return inflatedBy(codec, data, entry);
    if (data.length <= CHUNK) return inflatedAtOnce(data, entry, budget);
    return inflatedInChunks(data, entry, budget);
  } catch (error) {
    if (error instanceof ReaderFailure) throw error;
    if (error instanceof EntryOverflow) throw zipBomb(budget);
    throw damaged(entry.name); // fflate: an invalid block, a distance too far back, data cut short
  }
}

function inflatedBy(codec: ZipCodec, data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = codec.inflateRaw(data, entry.size);
  if (out.length > entry.size) throw new EntryOverflow();
  if (out.length !== entry.size) throw damaged(entry.name);
  return out;
}

// A small entry is inflated in one call into a buffer one byte longer than declared: bytes past
// its end are dropped by the typed array, and a filled last byte shows that the entry lied.
function inflatedAtOnce(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  if (out.length > entry.size) throw zipBomb(budget);
  if (out.length !== entry.size) throw damaged(entry.name);
  return out;
}

function inflatedInChunks(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) throw zipBomb(budget);
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < data.length; at += CHUNK) {
    const end = Math.min(data.length, at + CHUNK);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (written !== entry.size) throw damaged(entry.name);
  return out;
}

function zipBomb(budget: InflateBudget): ReaderFailure {
  return new ReaderFailure("file.zip-bomb", { limit: megabytes(budget.max) });
}
