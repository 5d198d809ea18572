import { damaged, megabytes, ReaderFailure } from "./readerFailure";
import { EntryOverflow, portableZipCodec, type ZipCodec } from "./zipCodec";
import type { ZipEntry } from "./zipDirectory";

/** What one file may still unpack: shared by all the entries read from it. */
export interface InflateBudget {
  used: number;
  readonly max: number;
}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;

/**
 * Unpacks one zip entry and checks it. The declared size is a claim made by whoever wrote the
 * zip: the budget is charged with it before anything is unpacked, and the actual output is held
 * to it while inflating, so an entry that unpacks to more than it declares (the trick of a zip
 * bomb, which a damaged entry can also play) is stopped within one chunk of output (the codec's;
 * Node's is at most 1 MB), at a cost bounded by its declared size and that chunk, not by what it
 * would unpack to. An entry that unpacks to less, or whose checksum differs, is damaged.
 *
 * @example
 * const entry = readZipDirectory(zipBytes).find((e) => e.name === "xl/workbook.xml")!;
 * inflateEntry(zipBytes, entry, { used: 0, max: 100 * 1024 * 1024 }) // the part's bytes
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  codec: ZipCodec = portableZipCodec,
): Uint8Array {
  if (entry.flags & ENCRYPTED_FLAG) throw new ReaderFailure("file.password-protected");
  if (entry.method !== STORED && entry.method !== DEFLATED) throw damaged(entry.name);
  chargeBudget(budget, entry);
  // Deflate cannot expand more than 1032 times (two bits for 258 bytes): a larger claim is
  // false, and is refused before a buffer of that size is made.
  if (entry.method === DEFLATED && entry.size > entry.compressedSize * 1032 + 1024) {
    throw damaged(entry.name);
  }
  const compressed = compressedData(bytes, entry);
  const out =
    entry.method === STORED
      ? stored(compressed, entry)
      : inflated(compressed, entry, budget, codec);
  if (codec.crc32(out) >>> 0 !== entry.crc) throw damaged(entry.name);
  return out;
}

/**
 * Charges the file's budget with an entry's declared size, as unpacking it would: a zip bomb
 * when the budget cannot pay. Also for a part taken unread from a memo (PartMemo), so that what
 * a file may unpack does not depend on what other files were read before it.
 */
export function chargeBudget(budget: InflateBudget, entry: ZipEntry): void {
  if (entry.size > budget.max - budget.used) throw zipBomb(budget);
  budget.used += entry.size;
}

/** An entry's bytes as stored in the zip (compressed or not), after its local header. */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
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
  codec: ZipCodec,
): Uint8Array {
  let out: Uint8Array;
  try {
    out = codec.inflateRaw(data, entry.size);
  } catch (error) {
    if (error instanceof EntryOverflow) throw zipBomb(budget);
    throw damaged(entry.name); // an invalid block, a distance too far back, data cut short
  }
  if (out.length > entry.size) throw zipBomb(budget);
  if (out.length !== entry.size) throw damaged(entry.name);
  return out;
}

function zipBomb(budget: InflateBudget): ReaderFailure {
  return new ReaderFailure("file.zip-bomb", { limit: megabytes(budget.max) });
}
