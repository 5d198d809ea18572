import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";

/**
 * The two byte-crunching steps of unzipping, which a host may do in native code. The reader's
 * own, {@link portableZipCodec}, runs wherever JavaScript does (the page, its worker); the
 * command line passes Node's zlib (src/cli/read/nodeZipCodec.ts), which needs no warm-up in
 * each worker thread and checks a CRC several times faster.
 */
export interface ZipCodec {
  /**
   * Raw deflate data of an entry that declares `declaredSize` bytes: returns the output (of any
   * length up to the declared size: the reader checks it), throws {@link EntryOverflow} as soon
   * as the output would exceed the declared size, and any other error for data that is not
   * valid deflate.
   */
  readonly inflateRaw: (compressed: Uint8Array, declaredSize: number) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

/** Thrown by a {@link ZipCodec} when an entry unpacks to more than it declares. */
export class EntryOverflow extends Error {
  constructor() {
    super("zip entry unpacks to more than its declared size");
    this.name = "EntryOverflow";
  }
}

// Deflate expands at most ~1032 times, so one chunk of compressed input can never produce more
// than ~17 MB before the sizes are checked again.
const CHUNK = 16 * 1024;

/** fflate's inflate and the reader's CRC-32: the codec of the page and the default. */
export const portableZipCodec: ZipCodec = {
  inflateRaw: (compressed, declaredSize) =>
    compressed.length <= CHUNK
      ? inflatedAtOnce(compressed, declaredSize)
      : inflatedInChunks(compressed, declaredSize),
  crc32,
};

// A small entry is inflated in one call into a buffer one byte longer than declared: bytes past
// its end are dropped by the typed array, and a filled last byte shows that the entry lied.
function inflatedAtOnce(data: Uint8Array, declaredSize: number): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
  if (out.length > declaredSize) throw new EntryOverflow();
  return out;
}

function inflatedInChunks(data: Uint8Array, declaredSize: number): Uint8Array {
  const out = new Uint8Array(declaredSize);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) throw new EntryOverflow();
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < data.length; at += CHUNK) {
    const end = Math.min(data.length, at + CHUNK);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  return out.subarray(0, written);
}
