import { Zip, ZipDeflate, type ZipInputFile } from "fflate";

/**
 * Deflating a workbook's parts, which a host may do in native code: without one,
 * {@link packageSink} deflates with fflate, which runs wherever JavaScript does (the page and
 * its worker); the command line passes Node's zlib (src/cli/write/nodeDeflate.ts).
 */
export interface PartDeflate {
  /** Raw deflate data of `data` (no zlib header), at a fast level. */
  readonly deflateRaw: (data: Uint8Array) => Uint8Array<ArrayBuffer>;
  readonly crc32: (data: Uint8Array) => number;
}

/** Where a part of the package ends up: one entry of the zip. */
export interface PackageSink {
  /** Adds one part; its bytes or text are deflated at once and may be let go of. */
  add(name: string, data: Uint8Array | string, options?: { readonly base64?: boolean }): void;
  /** The zip's bytes, once every part is added. */
  finish(): Uint8Array;
}

// The fastest level: the parts are small XML that level 1 already shrinks to a fifth, and a
// higher level costs more time than building the sheets (bench/writer.bench.mjs).
const LEVEL = 1;

const encoder = new TextEncoder();

/**
 * A zip built part by part, each part deflated as soon as it is added (so a sheet's rendered XML
 * never waits in memory for the others) by `deflate`, or by fflate when none is given. fflate
 * writes the zip's own records; `mtime` is every entry's date (a fixed one gives the same bytes).
 */
export function packageSink(mtime: Date, deflate?: PartDeflate): PackageSink {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  return {
    add(name, data, options) {
      const bytes =
        typeof data !== "string"
          ? data
          : options?.base64
            ? base64Bytes(data)
            : encoder.encode(data);
      if (deflate) {
        const part = precompressed(name, bytes, deflate, mtime);
        zip.add(part);
        part.ondata!(null, deflate.deflateRaw(bytes), true);
      } else {
        const part = new ZipDeflate(name, { level: LEVEL });
        part.mtime = mtime;
        zip.add(part);
        part.push(bytes, true);
      }
      if (failure) throw failure;
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      if (!finished) throw new Error("zip not finished");
      return concat(chunks);
    },
  };
}

// fflate's documented way to add data compressed elsewhere: an input file that states its
// method, size and CRC, then hands over its compressed bytes through `ondata`.
function precompressed(
  filename: string,
  bytes: Uint8Array,
  deflate: PartDeflate,
  mtime: Date,
): ZipInputFile {
  return { filename, size: bytes.length, crc: deflate.crc32(bytes), compression: 8, mtime };
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
