import { Worker } from "node:worker_threads";
import { makeFinding } from "../../core/findings/makeFinding";
import { decodeEntry } from "../cache/entryCodec";
import type { InputFile } from "../inputs";
import type { CheckedFile } from "./checkInputFile";
import {
  CHECK_WORKER_DATA,
  NOT_STARTED,
  type CheckReply,
  type CheckJob,
  type CheckSetup,
} from "./checkProtocol";

/** How a check worker is started. */
export interface CheckWorkerSettings {
  /** The bundled worker entry (build/cli/cdvc-worker.cjs). */
  readonly script: string;
  /**
   * Each worker's old-generation heap, in MB: a file that needs more ends its worker, not the
   * tool.
   */
  readonly heapLimitMb?: number;
}

/** How the pool runs. */
export interface CheckPoolOptions extends CheckWorkerSettings {
  readonly setup: CheckSetup;
  /** Worker threads; at least 1 is started, never more than there are files. */
  readonly workers: number;
  /**
   * A worker that spends this long on one file is stopped and the file gets
   * `file.check-timeout`.
   */
  readonly timeLimitMs?: number;
  /** Workers started earlier with the same settings, taken before any new one is started. */
  readonly spares?: SpareWorkers | null;
}

/** A worker that ended before its code had loaded: the pool cannot run at all. */
export class PoolSetupError extends Error {
  constructor(cause: unknown) {
    super(`check worker could not start${cause instanceof Error ? `: ${cause.message}` : ""}`);
    this.name = "PoolSetupError";
  }
}

const DEFAULT_TIME_LIMIT_MS = 30_000;
const DEFAULT_HEAP_LIMIT_MB = 512;
/**
 * A worker keeps one file at a time: almost all it allocates dies young, and V8's default
 * young generation only lets that garbage pile higher. Measured on 5,000 files (two workers):
 * peak RSS 202 MB against 268 MB, in the same time; 3 or 6 MB took 5–7% longer.
 */
const YOUNG_GENERATION_MB = 12;

interface Slot {
  readonly index: number;
  worker: Worker;
  timer: ReturnType<typeof setTimeout> | null;
  timedOut: boolean;
  failure: unknown;
  exited: boolean;
}

/**
 * Checks `inputs` on worker threads, calling `onChecked(index, checked)` at most once for each
 * input as results arrive. The workers take the files one at a time from a shared counter, so
 * they stay busy however long the main thread is busy elsewhere, and memory holds one file per
 * worker. A worker that dies on a file (its heap limit, a crash of the engine) or spends longer
 * than the time limit on it is replaced: that file gets `file.check-crashed` or
 * `file.check-timeout`, and the run goes on with the next files. Resolves once every input is
 * settled or every worker has ended; an input left unsettled then (checked by a worker that
 * died before sending its last batch) is the caller's to check. Rejects with
 * {@link PoolSetupError} when a worker cannot even start.
 */
export function checkInPool(
  inputs: readonly InputFile[],
  options: CheckPoolOptions,
  onChecked: (index: number, checked: CheckedFile) => void,
): Promise<void> {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const count = Math.max(1, Math.min(options.workers, inputs.length));
  const claims = new SharedArrayBuffer(4 * (1 + count));
  const counter = new Int32Array(claims);
  counter.fill(NOT_STARTED, 1);
  const settled = new Uint8Array(inputs.length);
  const slots: Slot[] = [];
  let done = 0;
  let finished = false;

  return new Promise<void>((resolve, reject) => {
    if (inputs.length === 0) {
      resolve();
      return;
    }

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
      Promise.all(slots.map((slot) => slot.worker.terminate())).then(
        () => (error === undefined ? resolve() : reject(error)),
        reject,
      );
    };

    const settle = (id: number, checked: CheckedFile) => {
      if (settled[id]) return;
      settled[id] = 1;
      try {
        onChecked(id, checked);
      } catch (error) {
        finish(error);
        return;
      }
      done += 1;
      if (done === inputs.length) finish();
    };

    // The time limit runs on the file a worker is on: restarted whenever it answers.
    const arm = (slot: Slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = setTimeout(() => {
        slot.timer = null;
        if (Atomics.load(counter, 1 + slot.index) < 0) return;
        slot.timedOut = true;
        void slot.worker.terminate();
      }, timeLimitMs);
    };

    const stoppedFile = (slot: Slot, id: number): CheckedFile => {
      const file = inputs[id]!.name;
      const { lang } = options.setup;
      const finding = slot.timedOut
        ? makeFinding("file.check-timeout", { file }, { seconds: timeLimitMs / 1000 }, lang)
        : makeFinding(
            "file.check-crashed",
            { file },
            { reason: slot.failure instanceof Error ? slot.failure.message : "worker exited" },
            lang,
          );
      return { entry: { file, result: { findings: [finding] } }, hash: null };
    };

    const spawn = (index: number): Worker => {
      Atomics.store(counter, 1 + index, NOT_STARTED);
      const worker = options.spares?.take(options) ?? newCheckWorker(options);
      const job: CheckJob = { setup: options.setup, inputs, claims, slot: index };
      try {
        worker.postMessage(job);
      } catch (error) {
        // Not in a slot yet: nothing else would stop it, and it would wait for a job forever.
        void worker.terminate();
        throw error;
      }
      return worker;
    };

    const received = (slot: Slot, { id, line, hash }: CheckReply) => {
      let checked: CheckedFile;
      try {
        checked = { entry: decodeEntry(line), hash, line };
      } catch (error) {
        slot.failure = error;
        checked = stoppedFile(slot, id);
      }
      settle(id, checked);
    };

    const listen = (slot: Slot) => {
      const { worker } = slot;
      worker.on("message", (replies: CheckReply[]) => {
        if (finished || slot.worker !== worker) return;
        arm(slot);
        for (const reply of replies) {
          received(slot, reply);
          if (finished) return;
        }
      });
      worker.on("error", (error) => {
        slot.failure = error;
      });
      worker.on("exit", () => {
        if (finished || slot.worker !== worker) return;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.exited = true;
        const at = Atomics.load(counter, 1 + slot.index);
        if (at === NOT_STARTED) {
          finish(new PoolSetupError(slot.failure));
          return;
        }
        if (at >= 0 && !settled[at]) {
          settle(at, stoppedFile(slot, at));
          if (finished) return;
        }
        if (at >= 0 && Atomics.load(counter, 0) < inputs.length) {
          try {
            Object.assign(slot, { worker: spawn(slot.index), timedOut: false, failure: null });
            slot.exited = false;
            listen(slot);
            arm(slot);
          } catch (error) {
            finish(new PoolSetupError(error));
          }
          return;
        }
        if (slots.every((s) => s.exited)) finish();
      });
    };

    try {
      for (let index = 0; index < count; index++) {
        const slot: Slot = {
          index,
          worker: spawn(index),
          timer: null,
          timedOut: false,
          failure: null,
          exited: false,
        };
        slots.push(slot);
        listen(slot);
        arm(slot);
      }
    } catch (error) {
      finish(new PoolSetupError(error));
    }
  });
}

function newCheckWorker(settings: CheckWorkerSettings): Worker {
  return new Worker(settings.script, {
    workerData: CHECK_WORKER_DATA,
    resourceLimits: {
      maxOldGenerationSizeMb: settings.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB,
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
}

/**
 * Check workers started before their files are known, so that a thread starting and loading
 * its code (50–70 ms) overlaps with what the command does first: its options, listing the
 * folder, loading the writer. Until taken, a spare does not keep the process alive (it is
 * unreferenced). A spare known to have ended (its code would not load) is not handed out, and
 * the pool starts its own; one that ends unnoticed just before it is taken is met by the pool
 * as a worker that could not start, and the files are then read on the main thread.
 */
export class SpareWorkers {
  private readonly spares: Array<{ worker: Worker; ended: boolean }> = [];

  constructor(
    private readonly settings: CheckWorkerSettings,
    count = 1,
  ) {
    for (let i = 0; i < count; i++) {
      const spare = { worker: newCheckWorker(settings), ended: false };
      spare.worker.unref();
      // Until the pool listens, an error must not be thrown as an unhandled 'error' event.
      spare.worker.on("error", () => undefined);
      spare.worker.once("exit", () => (spare.ended = true));
      this.spares.push(spare);
    }
  }

  /** How many spares are alive and not taken. */
  get count(): number {
    return this.spares.filter((spare) => !spare.ended).length;
  }

  /**
   * A spare still alive, now referenced as any worker; undefined when none is left, or when
   * the spares were started with another heap limit than `settings` asks for.
   */
  take(settings: Pick<CheckWorkerSettings, "heapLimitMb"> = {}): Worker | undefined {
    const limit = (s: Pick<CheckWorkerSettings, "heapLimitMb">) =>
      s.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB;
    if (limit(settings) !== limit(this.settings)) return undefined;
    for (let spare = this.spares.shift(); spare; spare = this.spares.shift()) {
      if (spare.ended) continue;
      spare.worker.ref();
      return spare.worker;
    }
    return undefined;
  }

  /** Stops the spares not taken. */
  dispose(): void {
    for (const spare of this.spares.splice(0)) void spare.worker.terminate();
  }
}
