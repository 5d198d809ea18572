import * as zlib from "node:zlib";
import { EntryOverflow, portableZipCodec, type ZipCodec } from "../../workbook/reader";
import { reusedInflater } from "./reusedInflater";

const MAX_CHUNK = 1024 * 1024;

const inflateInto = reusedInflater();

/**
 * The reader's unzipping on Node's own zlib: native code, so each thread that reads (the main
 * thread, or a worker) inflates at full speed from its first file instead of warming up
 * fflate's JavaScript, and checks CRCs about seven times faster (bench/RESULTS.md).
 *
 * A part declared under 1 MB (every part of a report) goes through the thread's one reused
 * inflater ({@link reusedInflater}) into a buffer one byte longer than declared. A larger part,
 * or a Node without that inflater, goes through `inflateRawSync`, whose `maxOutputLength` stops
 * it one byte past what it declares, in output chunks capped at 1 MB: a zip bomb costs no more
 * than its declared size and one chunk, and a false claim no large allocation before the data
 * shows it false.
 */
export const nodeZipCodec: ZipCodec = {
  inflateRaw(compressed, declaredSize) {
    if (inflateInto && declaredSize < MAX_CHUNK) {
      // One byte more than declared: filling it shows that the entry lied about its size.
      const out = Buffer.allocUnsafe(declaredSize + 1);
      const written = inflateInto(compressed, out);
      if (written > declaredSize) throw new EntryOverflow();
      return out.subarray(0, written);
    }
    const chunkSize = Math.min(Math.max(zlib.constants.Z_MIN_CHUNK, declaredSize + 1), MAX_CHUNK);
    try {
      return zlib.inflateRawSync(compressed, { maxOutputLength: declaredSize + 1, chunkSize });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new EntryOverflow();
      }
      throw error;
    }
  },
  // zlib.crc32 came with Node 20.15; an older Node keeps the reader's own.
  crc32: typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) : portableZipCodec.crc32,
};
