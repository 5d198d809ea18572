/**
 * The code caches the build writes beside its bundles (scripts/build-cli.mjs) are taken by the
 * Node that runs them: a cache V8 refuses costs nothing visible but the speed it was made for.
 * Checked in a child process, as the CLI loads them: the check worker's in a worker thread.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { assertBuilt, REPO } from "./cli";

const BUILT = join(REPO, "build", "cli");

/** Whether `bundle` is compiled from its cache when loaded on a worker thread or the main one. */
function takesItsCache(bundle: string, onWorker: boolean): boolean {
  const load = `const l = require(${JSON.stringify(join(BUILT, "load.cjs"))});
    const file = ${JSON.stringify(join(BUILT, bundle))};
    l.cachedRequire(file);
    const taken = "CACHE:" + l.loadedFromCache(file);`;
  // The worker's code waits for its job: the thread says what it saw and is stopped.
  const onThread = `${load} require("node:worker_threads").parentPort.postMessage(taken);`;
  const script = onWorker
    ? `const { Worker } = require("node:worker_threads");
       const worker = new Worker(${JSON.stringify(onThread)}, { eval: true });
       worker.once("message", (taken) => { process.stdout.write(taken); worker.terminate(); });`
    : `${load} process.stdout.write("\\n" + taken);`;
  // Loading the CLI's bundle runs it: as `cdvc --help`, it only prints its usage.
  const run = spawnSync(process.execPath, ["-e", script, "--", "cdvc", "--help"], {
    encoding: "utf8",
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`loading ${bundle} failed: ${run.stderr}`);
  return run.stdout.includes("CACHE:true");
}

beforeAll(() => assertBuilt());

describe("the build's code caches", () => {
  it("compiles the check worker's code from its cache, on a worker thread", () => {
    expect(takesItsCache("cdvc-check.cjs", true)).toBe(true);
  });

  it("compiles the CLI from its cache, written after a run that set V8 flags", () => {
    expect(takesItsCache("cdvc.cjs", false)).toBe(true);
  });

  it("compiles ExcelJS from its cache", () => {
    expect(takesItsCache("exceljs.cjs", false)).toBe(true);
  });
});
