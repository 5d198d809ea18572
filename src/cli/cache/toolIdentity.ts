import { readFileSync } from "node:fs";
import { fileHash } from "../read/fileHash";

let identity: string | null = null;

/**
 * What identifies this build of the tool in a cache: the hash of the running bundle
 * (build/cli/cdvc.cjs holds every check), so a cache written by another version, or by the same
 * version built from other sources, is never reused.
 */
export function toolIdentity(): string {
  if (identity === null) {
    let code: Uint8Array;
    try {
      code = readFileSync(__filename);
    } catch {
      code = new TextEncoder().encode(__filename);
    }
    identity = `cdvc ${fileHash(code).slice(0, 16)}`;
  }
  return identity;
}
