import type { Lang } from "../../core/messages/format";
import type { Rules } from "../../core/rules";
import type { InputFile } from "../inputs";

/** What every check is run with. */
export interface CheckSetup {
  readonly rules: Rules;
  readonly lang: Lang;
  /** Whether to hash each file's bytes, for the cache. */
  readonly withHash: boolean;
  /**
   * Whether to read each unit's figures (for a consolidation) or only its header (validate,
   * track and annotate report findings and who sent what).
   */
  readonly values: boolean;
}

/**
 * The one message a check worker waits for, once its code has loaded: it may have been started
 * before the files were listed (SpareWorkers), so its work comes by message, not as
 * `workerData`. The workers take their files themselves from `claims`, a shared counter, so
 * none waits for the main thread (which may be busy loading the writer): `claims[0]` is the
 * index of the next file to take, and `claims[1 + slot]` the index of the file the worker of
 * `slot` is on, {@link NOT_STARTED} before it has its job, or {@link IDLE} once nothing is left
 * to take.
 */
export interface CheckJob {
  readonly setup: CheckSetup;
  readonly inputs: readonly InputFile[];
  readonly claims: SharedArrayBuffer;
  readonly slot: number;
}

/**
 * The `workerData` every check worker is started with: its code waits for a job only on a thread
 * marked so, not on any worker thread that happens to load it.
 */
export const CHECK_WORKER_DATA = { role: "cdvc-check" } as const;

export const NOT_STARTED = -2;
export const IDLE = -1;

/**
 * What a worker sends, in batches (an array of these per message), for each file it has
 * checked: `id` is the file's index in `inputs`, and the entry comes as one line of JSON
 * (entryCodec), which crosses threads as one string, far cheaper than a structured clone of its
 * many small objects, and is what the cache stores.
 */
export interface CheckReply {
  readonly id: number;
  readonly line: string;
  readonly hash: string | null;
}
