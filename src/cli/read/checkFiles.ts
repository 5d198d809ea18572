import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../core/messages/format";
import type { Rules } from "../../core/rules";
import type { BatchEntry, UnitHeader } from "../../core/validation";
import { isTooLarge } from "../../workbook/checkWorkbook";
import type { CheckCache } from "../cache/checkCache";
import type { InputFile } from "../inputs";
import { checkInputFile, type CheckedFile } from "./checkInputFile";
import { checkInPool, PoolSetupError, SpareWorkers, type CheckPoolOptions } from "./checkPool";
import { fileHash } from "./fileHash";

/**
 * Below this many files to read, they are checked on the main thread: starting a worker costs
 * about as much as checking a dozen files.
 */
export const IN_PROCESS_BELOW = 16;

/**
 * Each worker boots its own thread and compiles and warms its own code (about half of what a
 * first pass over a thousand files costs), while the main thread, reading by itself, already
 * gets a second core for V8's compiler and GC. So one worker never beats the main thread, and
 * two only pay off from a few thousand files: measured on 2 cores, two workers against the main
 * thread took 1.13 of the time for validate of 2,000 files (1.04 for consolidate), 0.98 at
 * 3,500, and 0.97 (0.93) at 5,000, with 45% (16%) more CPU; one worker took 1.26 of the time
 * at 80 files and 1.08 at 1,000. Workers are used when each gets at least this many files.
 */
export const FILES_PER_WORKER = 2000;

/**
 * How many worker threads read `files` files by default: one per core and per
 * {@link FILES_PER_WORKER} files, and none (the main thread reads) when that makes fewer than
 * two, as on a machine of one core.
 */
export function defaultWorkers(files: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, Math.floor(files / FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

/**
 * How many worker threads {@link checkFiles} starts for `files` files to read, given its
 * `workers` option: 0 when it reads them on this thread, as it does below
 * {@link IN_PROCESS_BELOW} files whatever the option says.
 */
export function workersFor(files: number, workers = defaultWorkers(files)): number {
  return files >= IN_PROCESS_BELOW ? workers : 0;
}

/** Options of {@link checkFiles}. */
export interface CheckFilesOptions {
  readonly rules: Rules;
  readonly lang: Lang;
  /**
   * Whether to read each unit's figures, or only its header (see CheckSetup); default true.
   * Without figures there is no cache: a cache keeps what a consolidation needs.
   */
  readonly values?: boolean;
  /** Saved results to reuse for unchanged files; the results of files read are added to it. */
  readonly cache?: CheckCache | null;
  /** Called after each file, with how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Worker threads; by default {@link defaultWorkers} of the files to read; 0: this thread. */
  readonly workers?: number;
  /** The bundled worker entry; default `cdvc-worker.cjs` beside the running bundle. */
  readonly workerScript?: string;
  /** Tuning of the pool (tests shorten its time limit). */
  readonly pool?: Pick<CheckPoolOptions, "timeLimitMs" | "heapLimitMb">;
  /**
   * Called once the worker threads are running, for work to do on this thread meanwhile (the
   * command that writes a workbook loads ExcelJS then); not called when no worker is started.
   */
  readonly whileReading?: () => void;
  /**
   * A worker started ahead (from {@link spareCheckWorker} with the same options), used first;
   * stopped by the end of the call if it was not needed.
   */
  readonly spares?: SpareWorkers | null;
}

/**
 * Starts a check worker before the files are known, for {@link checkFiles} to use: it loads its
 * code while the command lists the folder and loads what else it needs. Null where no worker
 * would run (`workers: 0`, no worker bundle beside this one).
 */
export function spareCheckWorker(
  options: Pick<CheckFilesOptions, "workers" | "workerScript" | "pool"> = {},
): SpareWorkers | null {
  const script = workerScriptOf(options);
  if (options.workers === 0 || !existsSync(script)) return null;
  return new SpareWorkers({ script, heapLimitMb: options.pool?.heapLimitMb });
}

function workerScriptOf(options: Pick<CheckFilesOptions, "workerScript">): string {
  return options.workerScript ?? join(__dirname, "cdvc-worker.cjs");
}

/** What {@link checkFiles} returns. */
export interface CheckedFiles {
  /** One slim entry per input, in input order; with the units' figures unless `values` is false. */
  readonly entries: BatchEntry<UnitHeader>[];
  /** How many entries came from the cache. */
  readonly reused: number;
}

/**
 * Checks every input file and returns its entry in input order, reading as few files as it can:
 * first each file's bytes are hashed and looked up in the cache (when one is given and holds
 * entries); the files not found are then checked one at a time, so that memory stays flat
 * however many there are, on this thread, or on worker threads when there are enough of them
 * to pay for their start ({@link defaultWorkers}) and a worker bundle is at hand. Entries are
 * slim (no raw table cells). Every input gets exactly one entry, whatever happens to it.
 */
export async function checkFiles(
  inputs: readonly InputFile[],
  options: CheckFilesOptions,
): Promise<CheckedFiles> {
  try {
    return await checkAll(inputs, options);
  } finally {
    options.spares?.dispose();
  }
}

async function checkAll(
  inputs: readonly InputFile[],
  options: CheckFilesOptions,
): Promise<CheckedFiles> {
  const { rules, lang, cache } = options;
  const values = options.values ?? true;
  if (cache && !values) throw new Error("checkFiles: a cache keeps units with their figures");
  const total = inputs.length;
  const entries: (BatchEntry<UnitHeader> | undefined)[] = new Array(total);
  let done = 0;
  let reused = 0;
  const progress = () => options.onProgress?.(done, total);

  const misses: number[] = [];
  // An empty cache (a first run, other rules) has nothing to find: no file is read here for it.
  const lookup = cache && cache.savedCount > 0 ? cache : null;
  const scratch = new ScratchReader();
  for (const [index, input] of inputs.entries()) {
    const hit = lookup ? cached(input, rules, lookup, scratch) : undefined;
    if (!hit) {
      misses.push(index);
      continue;
    }
    entries[index] = hit;
    reused += 1;
    done += 1;
    progress();
  }

  const record = (index: number, checked: CheckedFile) => {
    const input = inputs[index]!;
    entries[index] = checked.entry;
    // With a cache, the figures were read (checked above).
    if (cache && checked.hash) {
      cache.set(input.name, checked.hash, checked.entry as BatchEntry, checked.line);
    }
    done += 1;
    progress();
  };
  const setup = { rules, lang, withHash: Boolean(cache), values };
  const script = workerScriptOf(options);
  const workers = workersFor(misses.length, options.workers);
  if (workers > 0 && existsSync(script)) {
    try {
      const running = checkInPool(
        misses.map((index) => inputs[index]!),
        { ...options.pool, script, setup, workers, spares: options.spares },
        (k, checked) => record(misses[k]!, checked),
      );
      options.whileReading?.();
      await running;
    } catch (error) {
      // Workers that cannot start (a damaged installation): the files left are read here.
      if (!(error instanceof PoolSetupError)) throw error;
    }
  }
  for (const index of misses) {
    if (entries[index] === undefined) {
      record(index, checkInputFile(inputs[index]!, setup));
    }
  }
  return { entries: entries as BatchEntry<UnitHeader>[], reused };
}

/** The cached entry of a file whose bytes are unchanged, if any. */
function cached(
  input: InputFile,
  rules: Rules,
  cache: CheckCache,
  scratch: ScratchReader,
): BatchEntry | undefined {
  if (isTooLarge(input.size, rules)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = scratch.read(input.path);
  } catch {
    return undefined; // Read again below, where its finding is made.
  }
  return cache.get(input.name, fileHash(bytes));
}

/**
 * Reads files into one buffer, reused from file to file: looking up thousands of files in the
 * cache then allocates nothing per file, where a new buffer each time left the process tens of
 * megabytes larger for the rest of the run.
 */
class ScratchReader {
  private buffer = Buffer.alloc(0);

  /** The file's bytes, valid until the next read. */
  read(path: string): Uint8Array {
    const fd = openSync(path, "r");
    try {
      const size = fstatSync(fd).size;
      if (size > this.buffer.length)
        this.buffer = Buffer.alloc(Math.max(size, 2 * this.buffer.length));
      let length = 0;
      while (length < size) {
        const read = readSync(fd, this.buffer, length, size - length, length);
        if (read === 0) break;
        length += read;
      }
      return this.buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
}
