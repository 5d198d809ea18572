import { chargeBudget, compressedData, inflateEntry, type InflateBudget } from "./inflateEntry";
import type { PartMemo } from "./partMemo";
import type { ZipCodec } from "./zipCodec";
import { damaged } from "./readerFailure";
import { readZipDirectory, type ZipEntry } from "./zipDirectory";

const utf8 = new TextDecoder("utf-8");

/**
 * A zip opened as a package of parts: entries are found by name regardless of case (part names
 * are case-insensitive, and some producers write `\` for `/`), and unpacked only when asked
 * for, against one inflate budget for the whole file. Two entries with the same name make the
 * package ambiguous, hence damaged.
 *
 * @example
 * const pkg = new ZipPackage(bytes, 100 * 1024 * 1024);
 * pkg.has("xl/workbook.xml") // true
 * pkg.text("xl/workbook.xml") // "<?xml ...><workbook ..."
 */
export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly budget: InflateBudget;

  constructor(
    private readonly bytes: Uint8Array,
    maxInflatedBytes: number,
    private readonly codec?: ZipCodec,
  ) {
    this.budget = { used: 0, max: maxInflatedBytes };
    for (const entry of readZipDirectory(bytes)) {
      const key = keyOf(entry.name);
      if (this.entries.has(key)) throw damaged(entry.name);
      this.entries.set(key, entry);
    }
  }

  has(part: string): boolean {
    return this.entries.has(keyOf(part));
  }

  /** A part's text (UTF-8, or UTF-16 with a byte-order mark, as XML allows). */
  text(part: string): string {
    return this.textOf(this.entry(part));
  }

  /**
   * A part parsed by `parse`, or what `memo` remembers under `key` for a part with the same
   * stored bytes (PartMemo): then it is neither unpacked nor parsed again. `key` names the part
   * and whatever else `parse` depends on.
   */
  parsed<T>(part: string, memo: PartMemo<T>, key: string, parse: (text: string) => T): T {
    const entry = this.entry(part);
    const stored = compressedData(this.bytes, entry);
    const known = memo.get(key, entry, stored);
    if (known === undefined) return memo.set(key, entry, stored, parse(this.textOf(entry)));
    chargeBudget(this.budget, entry);
    return known;
  }

  private entry(part: string): ZipEntry {
    const entry = this.entries.get(keyOf(part));
    if (!entry) throw damaged(part);
    return entry;
  }

  private textOf(entry: ZipEntry): string {
    const bytes = inflateEntry(this.bytes, entry, this.budget, this.codec);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
    return utf8.decode(bytes);
  }
}

function keyOf(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();
}
