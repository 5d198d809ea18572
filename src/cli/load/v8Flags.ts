// Node's own modules that the CLI loads after the flags are set, loaded here first: Node
// compiles them from its own code cache, which V8 takes only under the flags it was made with
// (Node's defaults). Loaded after the flags, they were compiled from source: validate of 80
// files took 0.97 of the time with them loaded first, consolidate 0.965 (20 and 24 runs).
import * as fsPromises from "node:fs/promises";
import * as os from "node:os";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import * as workerThreads from "node:worker_threads";
import * as zlib from "node:zlib";

/**
 * The V8 flags the CLI's bundles run under. A run of the CLI lasts about a second, and most of
 * it is spent in code that is still waiting for TurboFan: on 1,000 files, `cdvc validate` had
 * 120 functions optimized, which kept the compiler thread busy for 650 ms of a 700 ms run, so
 * the hot code ran slower for longer. Without inlining and loop peeling the same optimizations
 * take about 400 ms and arrive sooner; the code they give is barely slower at this scale.
 * Measured on 2 cores against no flags (medians of 10 to 14 interleaved runs, 4 at 5,000):
 * validate 0.95 of the time at 80 files, 0.89 at 1,000, 0.89 at 5,000; consolidate --no-cache
 * 0.91, 0.85 and 0.88.
 */
export const CLI_V8_FLAGS: readonly string[] = ["--no-turbo-inlining", "--no-turbo-loop-peeling"];

let applied = false;

/**
 * Sets {@link CLI_V8_FLAGS} for this process (its worker threads included), once. V8 keys its
 * code caches by the flags in force, so the caches are written and taken under these same flags:
 * the loader applies them before it compiles or caches anything (./codeCache.ts).
 */
export function applyCliV8Flags(): void {
  if (applied) return;
  applied = true;
  // Named so that the bundler keeps them; with what Node loads on first use (parseArgs, the
  // streams of a redirected output), for the same reason.
  void [fsPromises, os, workerThreads, zlib, parseArgs, process.stdout, process.stderr];
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}
