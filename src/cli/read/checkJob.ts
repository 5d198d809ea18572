import { encodeEntry } from "../cache/entryCodec";
import { checkInputFile } from "./checkInputFile";
import { IDLE, type CheckJob, type CheckReply } from "./checkProtocol";

// Answers go in small batches: each message wakes the main thread, and a wake-up per file
// costs more than the file on a busy machine. A batch leaves after 16 files or 25 ms.
const BATCH_FILES = 16;
const BATCH_MS = 25;

/**
 * Takes files from the job's shared counter until none is left, reads each from disk itself
 * (their bytes never cross threads), checks it and hands its slim entry to `post` as a line of
 * JSON, in batches. The body of a check worker (checkWorker.ts), which the build also runs on the
 * sample submissions so that V8's code cache of the worker holds the code it runs.
 */
export function runCheckJob(
  { setup, inputs, claims, slot }: CheckJob,
  post: (batch: CheckReply[]) => void,
): void {
  const counter = new Int32Array(claims);
  let batch: CheckReply[] = [];
  let batchStarted = 0;
  const send = () => {
    if (batch.length > 0) post(batch);
    batch = [];
  };
  for (;;) {
    const id = Atomics.add(counter, 0, 1);
    if (id >= inputs.length) break;
    // Said before the work starts, so that if this thread dies the main thread knows on what.
    Atomics.store(counter, 1 + slot, id);
    const { entry, hash } = checkInputFile(inputs[id]!, setup);
    if (batch.length === 0) batchStarted = performance.now();
    batch.push({ id, line: encodeEntry(entry), hash });
    if (batch.length >= BATCH_FILES || performance.now() - batchStarted >= BATCH_MS) send();
  }
  send();
  Atomics.store(counter, 1 + slot, IDLE);
}
