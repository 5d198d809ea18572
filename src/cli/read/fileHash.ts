import { createHash } from "node:crypto";

/** The SHA-256 of a file's bytes, in hex: what identifies a submission in the cache. */
export function fileHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
