import * as zlib from "node:zlib";
import { EntryOverflow, portableZipCodec, type ZipCodec } from "../../workbook/reader";

/**
 * The reader's unzipping on Node's own zlib: native code, so each worker thread inflates at full
 * speed from its first file instead of warming up fflate's JavaScript, and checks CRCs about
 * seven times faster (bench/RESULTS.md). `maxOutputLength` stops an entry one byte past what it
 * declares, so a zip bomb costs no more than its declared size.
 */
export const nodeZipCodec: ZipCodec = {
  inflateRaw(compressed, declaredSize) {
    try {
      return zlib.inflateRawSync(compressed, { maxOutputLength: declaredSize + 1 });
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
