// Reading the built add-in (dist/) the way a web server hands it to Excel. These tests check
// the build output, not the sources: without a build they fail and say so.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const DIST_DIR = resolve(__dirname, "..", "..", "dist");
export const ROOT_DIR = resolve(__dirname, "..", "..");

/** The development server's address, which the source manifest uses and the build replaces. */
export const DEV_URL = "https://localhost:3000/";
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export function distHas(relativePath: string): boolean {
  return existsSync(join(DIST_DIR, relativePath));
}

/** A built file's bytes; a missing file fails with the one thing to do about it. */
export function readDist(relativePath: string): Buffer {
  const file = join(DIST_DIR, relativePath);
  if (!existsSync(file)) {
    throw new Error(
      `dist/${relativePath} is missing: run npm run build first (npm run build:addin)`,
    );
  }
  return readFileSync(file);
}

export function readDistText(relativePath: string): string {
  return readDist(relativePath).toString("utf8");
}

/** The `src` of every <script> of a page, in document order (the built page is minified HTML). */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    if (src) sources.push(src[1] ?? src[2] ?? src[3] ?? "");
  }
  return sources;
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
