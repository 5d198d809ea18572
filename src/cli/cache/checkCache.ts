import { open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Lang } from "../../core/messages/format";
import type { BatchEntry } from "../../core/validation";
import { decodeEntry, encodeEntry } from "./entryCodec";

/** What a cached entry depends on besides the file's bytes: a cache made under another is void. */
export interface CacheIdentity {
  /** The tool's build (see toolIdentity). */
  readonly tool: string;
  /** rulesHash of the rules the files were checked with. */
  readonly rules: string;
  /** The language of the findings' messages. */
  readonly lang: Lang;
}

const FORMAT = "cdvc-check-cache 1";
const CHUNK_CHARS = 1 << 20;

/**
 * Where `cdvc consolidate --out X` keeps its cache: beside its output, as a hidden file
 * `.X.cdvc-cache`, so that an output written into the folder of reports is not read back as a
 * report (a folder's hidden files are skipped).
 */
export function cachePathFor(out: string): string {
  return join(dirname(out), `.${basename(out)}.cdvc-cache`);
}

/**
 * The results of earlier checks, so that a re-run reads only the files that changed. An entry
 * is found by the SHA-256 of the file's bytes and the file's name (its findings name the file),
 * under the identity the cache was made with: other rules, another language or another build
 * of the tool start an empty cache. On disk it is one line of JSON per file after a header
 * line, and entries are decoded only when asked for. Saving keeps only the files of this run,
 * so the cache never outgrows the folder it serves.
 */
export class CheckCache {
  private readonly kept = new Map<string, string>();

  private constructor(
    readonly path: string,
    readonly identity: CacheIdentity,
    private readonly saved: Map<string, string>,
  ) {}

  /**
   * Opens the cache at `path`: empty when there is none, or when it is unreadable, damaged or
   * made under another identity (it is then replaced on saving).
   */
  static async open(path: string, identity: CacheIdentity): Promise<CheckCache> {
    const content = await readFile(path, "utf8").catch(() => "");
    return new CheckCache(path, identity, parseLines(content, identity));
  }

  /** How many entries the cache held when opened. */
  get savedCount(): number {
    return this.saved.size;
  }

  /** The entry of file `file` with these bytes' `hash`, if it was saved and still decodes. */
  get(file: string, hash: string): BatchEntry | undefined {
    const key = keyOf(file, hash);
    const line = this.kept.get(key) ?? this.saved.get(key);
    if (line === undefined) return undefined;
    try {
      // Only runs that read the units' figures keep a cache (checkFiles): its entries have them.
      const entry = decodeEntry(line) as BatchEntry;
      if (entry.file !== file) return undefined;
      this.kept.set(key, line);
      return entry;
    } catch {
      return undefined;
    }
  }

  /** Adds the entry of a file just checked; `line` is the entry already encoded, if at hand. */
  set(file: string, hash: string, entry: BatchEntry, line?: string): void {
    this.kept.set(keyOf(file, hash), line ?? encodeEntry(entry));
  }

  /**
   * Writes the entries found or added in this run, through a temporary file renamed into
   * place, so that an interrupted save never leaves half a cache. Lines go out a megabyte at
   * a time: the cache of thousands of files is never held twice, as one joined string.
   */
  async save(): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      const file = await open(temporary, "w");
      try {
        let chunk = JSON.stringify({ format: FORMAT, ...this.identity }) + "\n";
        for (const [key, line] of this.kept) {
          chunk += `${JSON.stringify(key)}\t${line}\n`;
          if (chunk.length >= CHUNK_CHARS) {
            await file.write(chunk);
            chunk = "";
          }
        }
        await file.write(chunk);
      } finally {
        await file.close();
      }
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Lets go of every entry, once saved: the command then writes its workbook without holding
   * the cache (for 5,000 files, tens of megabytes of lines and the file they were read from).
   */
  release(): void {
    this.kept.clear();
    this.saved.clear();
  }
}

function keyOf(file: string, hash: string): string {
  return `${hash} ${file}`;
}

function parseLines(content: string, identity: CacheIdentity): Map<string, string> {
  const lines = new Map<string, string>();
  const end = content.indexOf("\n");
  if (end < 0) return lines;
  try {
    const header = JSON.parse(content.slice(0, end)) as Record<string, unknown>;
    if (
      header.format !== FORMAT ||
      header.tool !== identity.tool ||
      header.rules !== identity.rules ||
      header.lang !== identity.lang
    ) {
      return lines;
    }
  } catch {
    return lines;
  }
  for (const line of content.slice(end + 1).split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    try {
      const key: unknown = JSON.parse(line.slice(0, tab));
      if (typeof key === "string") lines.set(key, line.slice(tab + 1));
    } catch {
      // A damaged line costs only its file's reuse.
    }
  }
  return lines;
}
