import { readFileSync } from "node:fs";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import type { BatchEntry, UnitHeader } from "../../core/validation";
import { checkWorkbook, isTooLarge, tooLargeEntry } from "../../workbook/checkWorkbook";
import type { InputFile } from "../inputs";
import type { CheckSetup } from "./checkProtocol";
import { fileHash } from "./fileHash";
import { nodeZipCodec } from "./nodeZipCodec";
import { slimEntry } from "./slimEntry";

/**
 * A file checked: its slim entry (its unit with figures or with its header only, as the setup
 * asked), and the hash of the bytes checked when one was asked for.
 */
export interface CheckedFile {
  readonly entry: BatchEntry<UnitHeader>;
  /** Null when not asked for, or when no byte was read (too large, unreadable from disk). */
  readonly hash: string | null;
  /** The entry encoded for the cache, when it came encoded from a worker. */
  readonly line?: string;
}

/**
 * One input file from disk to its slim entry, the same on the main thread and in a worker: a
 * file over the size limit is refused unread, a file the disk will not give (deleted, locked,
 * no permission) gets `file.unreadable`, and anything else goes through `checkWorkbook`. It
 * never throws: whatever happens to a file is a finding on that file.
 */
export function checkInputFile(input: InputFile, setup: CheckSetup): CheckedFile {
  const { rules, lang } = setup;
  if (isTooLarge(input.size, rules)) {
    return { entry: tooLargeEntry(input.name, input.size, rules, lang), hash: null };
  }
  let bytes: Uint8Array;
  try {
    const buffer = readFileSync(input.path);
    // A plain view, not a Buffer: Buffer's slice shares memory where Uint8Array's copies.
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    return { entry: unreadableEntry(input.name, error, lang), hash: null };
  }
  const hash = setup.withHash ? fileHash(bytes) : null;
  try {
    const entry = checkWorkbook(bytes, input.name, rules, lang, nodeZipCodec, setup.values);
    return { entry: slimEntry(entry), hash };
  } catch (error) {
    // checkWorkbook reports every problem of a file as a finding; this is for a bug in a rule.
    return { entry: unreadableEntry(input.name, error, lang), hash: null };
  }
}

/** An entry with one `file.unreadable` error giving the reason. */
export function unreadableEntry(file: string, error: unknown, lang: Lang): BatchEntry {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file,
    result: { findings: [makeFinding("file.unreadable", { file }, { reason }, lang)] },
  };
}
