import type { ZipEntry } from "./zipDirectory";

interface Remembered<T> {
  readonly entry: ZipEntry;
  readonly stored: Uint8Array;
  readonly value: T;
}

/** How many versions of one part a memo keeps: a batch holds a few templates, not hundreds. */
const VERSIONS = 4;
/** Larger parts are not remembered: the parts worth it are a few KB. */
const MAX_PART_BYTES = 256 * 1024;
/**
 * What a memo may hold, stored and unpacked bytes counted, before it forgets everything: part
 * names come from the files, so a batch of odd files must not make it grow without end.
 */
const MAX_HELD_BYTES = 4 * 1024 * 1024;

/**
 * What a parser made of a part, remembered by the part's exact bytes in the zip, for the next
 * files that hold the same part: reports made from one template share their content types,
 * relationships and often styles, byte for byte, and a thread reading a batch then unpacks and
 * parses those once instead of once per file. Only a part of at most 256 KB that was unpacked,
 * checked (size, checksum) and parsed without a finding is remembered; a later entry is taken
 * for it only when its stored bytes, method, flags, declared size and checksum are all the
 * same, so it would have unpacked and parsed to the same value (and the file's budget is still
 * charged with it: ZipPackage.parsed). Values are shared between files: parsers used with a
 * memo return values nobody changes (frozen here, so that a change would throw).
 *
 * @example
 * const memo = new PartMemo<boolean[]>();
 * memo.get(key, entry, stored) ?? memo.set(key, entry, stored, parseStyles(text, part, depth))
 */
export class PartMemo<T> {
  private readonly byKey = new Map<string, Array<Remembered<T>>>();
  private held = 0;

  /** The value remembered for this part with these exact bytes, if any. */
  get(key: string, entry: ZipEntry, stored: Uint8Array): T | undefined {
    const versions = this.byKey.get(key);
    if (!versions) return undefined;
    for (const known of versions) if (same(known, entry, stored)) return known.value;
    return undefined;
  }

  /**
   * Remembers `value` for the part, unless the part is large (forgetting the part's oldest
   * version past a few, and everything past the memo's size); returns it.
   */
  set(key: string, entry: ZipEntry, stored: Uint8Array, value: T): T {
    if (entry.size > MAX_PART_BYTES || stored.length > MAX_PART_BYTES) return value;
    const weight = entry.size + stored.length;
    if (this.held + weight > MAX_HELD_BYTES) {
      this.byKey.clear();
      this.held = 0;
    }
    const versions = this.byKey.get(key) ?? [];
    if (versions.length >= VERSIONS) {
      const oldest = versions.shift()!;
      this.held -= oldest.entry.size + oldest.stored.length;
    }
    // A copy: `stored` is a view into one file's bytes, which must not be held.
    versions.push({ entry, stored: stored.slice(), value: deepFreeze(value) });
    this.byKey.set(key, versions);
    this.held += weight;
    return value;
  }
}

function same<T>(known: Remembered<T>, entry: ZipEntry, stored: Uint8Array): boolean {
  const a = known.entry;
  if (
    a.crc !== entry.crc ||
    a.size !== entry.size ||
    a.method !== entry.method ||
    a.flags !== entry.flags ||
    known.stored.length !== stored.length
  ) {
    return false;
  }
  for (let i = 0; i < stored.length; i++) if (known.stored[i] !== stored[i]) return false;
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
