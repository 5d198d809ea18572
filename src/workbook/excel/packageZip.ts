import { deflateSync, Zip, type ZipInputFile } from "fflate";
import { crc32 } from "../reader/crc32";

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

/** A part deflated already, waiting for its place in the zip. */
export interface DeflatedPart {
  readonly name: string;
  readonly size: number;
  readonly crc: number;
  readonly deflated: Uint8Array<ArrayBuffer>;
}

/** Where a part of the package ends up: one entry of the zip. */
export interface PackageSink {
  /** Adds one part; its bytes or text are deflated at once and may be let go of. */
  add(name: string, data: Uint8Array | string, options?: { readonly base64?: boolean }): void;
  /**
   * Deflates a part now and adds it later ({@link addDeflated}): a part rendered early can take
   * its usual place in the zip without its text being kept till then.
   */
  deflate(
    name: string,
    data: Uint8Array | string,
    options?: { readonly base64?: boolean },
  ): DeflatedPart;
  addDeflated(part: DeflatedPart): void;
  /** The zip's bytes, once every part is added. */
  finish(): Uint8Array;
}

// The fastest level: the parts are small XML that level 1 already shrinks to a fifth, and a
// higher level costs more time than building the sheets (bench/writer.bench.mjs).
const LEVEL = 1;

/** fflate's deflate and our CRC: what runs in the page and its worker. */
export const portableDeflate: PartDeflate = {
  deflateRaw: (data) => deflateSync(data, { level: LEVEL }),
  crc32,
};

const encoder = new TextEncoder();

/**
 * A zip built part by part, each part deflated as soon as it is given (so a sheet's rendered XML
 * never waits in memory for the others) by `deflate`. fflate writes the zip's own records;
 * `mtime` is every entry's date (a fixed one gives the same bytes).
 */
export function packageSink(mtime: Date, deflate: PartDeflate = portableDeflate): PackageSink {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  const sink: PackageSink = {
    deflate(name, data, options) {
      const bytes =
        typeof data !== "string"
          ? data
          : options?.base64
            ? base64Bytes(data)
            : encoder.encode(data);
      return {
        name,
        size: bytes.length,
        crc: deflate.crc32(bytes),
        deflated: deflate.deflateRaw(bytes),
      };
    },
    addDeflated(part) {
      // fflate's documented way to add data compressed elsewhere: an input file that states its
      // method, size and CRC, then hands over its compressed bytes through `ondata`.
      const file: ZipInputFile = {
        filename: part.name,
        size: part.size,
        crc: part.crc,
        compression: 8,
        mtime,
      };
      zip.add(file);
      file.ondata!(null, part.deflated, true);
      if (failure) throw failure;
    },
    add(name, data, options) {
      sink.addDeflated(sink.deflate(name, data, options));
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      if (!finished) throw new Error("zip not finished");
      return concat(chunks);
    },
  };
  return sink;
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
