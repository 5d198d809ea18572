// The code of a check worker thread (bundled as build/cli/cdvc-check.cjs, started through the
// one-line build/cli/cdvc-worker.cjs, which compiles it from V8's code cache): on a thread the
// pool started (marked by its workerData), it waits for its job, then takes files from the
// shared counter until none is left and ends (checkJob.ts). Loaded anywhere else, by the build
// writing that code cache, it only offers `exerciseChecks`.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { defaultRules } from "../../core/rules/defaultRules";
import { runCheckJob } from "./checkJob";
import { CHECK_WORKER_DATA, type CheckJob } from "./checkProtocol";

const port = parentPort;
if (port && (workerData as { role?: unknown } | null)?.role === CHECK_WORKER_DATA.role) {
  port.once("message", (job: CheckJob) => runCheckJob(job, (batch) => port.postMessage(batch)));
}

/**
 * Checks every workbook (`.xlsx`) of `folder` as a worker's job would, on this thread, and
 * returns how many there were: the build runs it on the sample submissions before writing the
 * worker's code cache, so that the functions a check runs are compiled from that cache too
 * instead of one by one as each is first called.
 */
export function exerciseChecks(folder: string): number {
  const inputs = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /^[^.~].*\.xlsx$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ path: join(folder, name), name, size: statSync(join(folder, name)).size }));
  const claims = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  let checked = 0;
  runCheckJob(
    { setup: { rules: defaultRules, lang: "vi", withHash: true }, inputs, claims, slot: 0 },
    (batch) => (checked += batch.length),
  );
  return checked;
}
