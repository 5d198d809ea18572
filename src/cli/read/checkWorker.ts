// The code of a check worker thread (bundled as build/cli/cdvc-check.cjs, started through the
// one-line build/cli/cdvc-worker.cjs, which compiles it from V8's code cache): on a thread the
// pool started (marked by its workerData), it waits for its job, then takes files from the
// shared counter until none is left and ends (checkJob.ts). Loaded anywhere else, by the build
// writing that code cache, it only offers `exerciseChecks`.
import { parentPort, workerData } from "node:worker_threads";
import { defaultRules } from "../../core/rules/defaultRules";
import { collectInputs } from "../inputs";
import { runCheckJob } from "./checkJob";
import { CHECK_WORKER_DATA, type CheckJob } from "./checkProtocol";

const port = parentPort;
if (port && (workerData as { role?: unknown } | null)?.role === CHECK_WORKER_DATA.role) {
  port.once("message", (job: CheckJob) => runCheckJob(job, (batch) => port.postMessage(batch)));
}

/**
 * Checks every workbook (`.xlsx`) of `folder`, listed as the commands list a folder
 * (collectInputs), as a worker's job would, on this thread, and returns how many there were:
 * the build runs it on the sample submissions before writing the worker's code cache, so that
 * the functions a check runs are compiled from that cache too instead of one by one as each is
 * first called.
 */
export async function exerciseChecks(folder: string): Promise<number> {
  const { files } = await collectInputs([folder]);
  const inputs = files.filter((file) => /\.xlsx$/i.test(file.name));
  const claims = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  let checked = 0;
  runCheckJob(
    {
      setup: { rules: defaultRules, lang: "vi", withHash: true, values: true },
      inputs,
      claims,
      slot: 0,
    },
    (batch) => (checked += batch.length),
  );
  return checked;
}
