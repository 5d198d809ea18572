import * as zlib from "node:zlib";
import { EntryOverflow, portableZipCodec, type ZipCodec } from "../../workbook/reader";

const MAX_CHUNK = 1024 * 1024;

/**
 * The reader's unzipping on Node's own zlib: native code, so each thread that reads (the main
 * thread, or a worker) inflates at full speed from its first file instead of warming up
 * fflate's JavaScript, and checks CRCs about seven times faster (bench/RESULTS.md).
 * `maxOutputLength` stops an entry one byte past what it declares, so a zip bomb costs no more
 * than its declared size and one output chunk. The output buffer is the declared size (zlib's
 * default is 16 KB, grown chunk by chunk): a report's parts are a few KB, and inflating the 8
 * parts of each of 1,000 reports took 121–148 ms instead of 199–220 ms. It is capped, so that a
 * false claim costs no large allocation before the data shows it false.
 */
export const nodeZipCodec: ZipCodec = {
  inflateRaw(compressed, declaredSize) {
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
