import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRules } from "../../core/rules";
import type { InputFile } from "../inputs";
import type { CheckedFile } from "./checkInputFile";
import { checkInputFile } from "./checkInputFile";
import { checkInPool, PoolSetupError, SpareWorkers, type CheckPoolOptions } from "./checkPool";
import { buildWorker, tempFolder, writeUnits } from "./testing/unitFiles";

jest.setTimeout(60_000);

const folder = tempFolder("pool");
afterAll(() => folder.remove());

// A stand-in worker speaking the pool's protocol, whose behaviour is chosen by file name:
// "crash…" throws, "hang…" never answers, "oom…" fills its heap, anything else is answered.
// TAG marks the hashes it gives, so that a test can tell which script answered.
const fakeWorker = (tag: string) => `
const { parentPort } = require("node:worker_threads");
parentPort.once("message", ({ inputs, claims, slot }) => {
const counter = new Int32Array(claims);
for (;;) {
  const id = Atomics.add(counter, 0, 1);
  if (id >= inputs.length) break;
  Atomics.store(counter, 1 + slot, id);
  const name = inputs[id].name;
  if (name.startsWith("crash")) throw new Error("boom on " + name);
  if (name.startsWith("hang")) for (;;) {}
  if (name.startsWith("oom")) { const kept = []; for (;;) kept.push(new Array(1e5).fill(name)); }
  const entry = { file: name, result: { findings: [] } };
  parentPort.postMessage([{ id, line: JSON.stringify(entry), hash: "${tag}" + id }]);
}
Atomics.store(counter, 1 + slot, -1);
});
`;

let fakeScript: string;
let spareScript: string;
let brokenScript: string;
let realScript: string;

beforeAll(async () => {
  fakeScript = join(folder.path, "fake-worker.cjs");
  writeFileSync(fakeScript, fakeWorker("h"));
  spareScript = join(folder.path, "spare-worker.cjs");
  writeFileSync(spareScript, fakeWorker("spare"));
  brokenScript = join(folder.path, "broken-worker.cjs");
  writeFileSync(brokenScript, "require('./khong-co-module');");
  realScript = await buildWorker(folder.path);
});

const named = (...names: string[]): InputFile[] =>
  names.map((name) => ({ path: join(folder.path, name), name, size: 10 }));

async function run(inputs: readonly InputFile[], options: Partial<CheckPoolOptions>) {
  const results = new Map<number, CheckedFile>();
  const calls: number[] = [];
  await checkInPool(
    inputs,
    {
      script: fakeScript,
      setup: { rules: defaultRules, lang: "vi", withHash: true, values: true },
      workers: 2,
      ...options,
    },
    (index, checked) => {
      calls.push(index);
      results.set(index, checked);
    },
  );
  return { results, calls };
}

const codeOf = (checked: CheckedFile | undefined) =>
  checked?.entry.result.findings.map((f) => f.code) ?? "missing";

describe("checkInPool", () => {
  it("settles every file exactly once, with the worker's entry and hash", async () => {
    const inputs = named(...Array.from({ length: 40 }, (_, i) => `f${i}.xlsx`));
    const { results, calls } = await run(inputs, {});
    expect([...calls].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    expect(results.get(17)).toMatchObject({ entry: { file: "f17.xlsx" }, hash: "h17" });
  });

  it.each<[string, string, Partial<CheckPoolOptions>, string]>([
    ["throws", "crash.xlsx", {}, "file.check-crashed"],
    ["fills its heap", "oom.xlsx", { heapLimitMb: 32 }, "file.check-crashed"],
    ["never answers", "hang.xlsx", { timeLimitMs: 1500 }, "file.check-timeout"],
  ])(
    "gives the file on which a worker %s one finding, and checks the files after it",
    async (_name, bad, options, code) => {
      const inputs = named("a.xlsx", "b.xlsx", bad, "c.xlsx", "d.xlsx", "e.xlsx");
      const { results } = await run(inputs, { ...options, workers: 1 });
      expect(codeOf(results.get(2))).toEqual([code]);
      expect(results.get(2)!.entry.result.findings[0]!.message).toContain(bad);
      expect(results.get(2)!.hash).toBeNull();
      for (const i of [0, 1, 3, 4, 5]) {
        expect(results.get(i)?.entry.file).toBe(inputs[i]!.name);
        expect(codeOf(results.get(i))).toEqual([]);
      }
    },
  );

  it("survives several bad files spread over two workers", async () => {
    const names = Array.from({ length: 30 }, (_, i) => (i % 7 === 3 ? `crash${i}` : `ok${i}`));
    const { results } = await run(named(...names), {});
    names.forEach((name, i) => {
      expect(codeOf(results.get(i))).toEqual(
        name.startsWith("crash") ? ["file.check-crashed"] : [],
      );
    });
  });

  it("rejects with PoolSetupError when a worker cannot load its code", async () => {
    await expect(run(named("a.xlsx", "b.xlsx"), { script: brokenScript })).rejects.toBeInstanceOf(
      PoolSetupError,
    );
  });

  it("takes a spare worker started earlier before starting its own", async () => {
    const spares = new SpareWorkers({ script: spareScript });
    const inputs = named(...Array.from({ length: 20 }, (_, i) => `f${i}.xlsx`));
    const { results } = await run(inputs, { workers: 1, spares });
    expect([...results.values()].map((r) => r.hash)).toEqual(inputs.map((_, i) => `spare${i}`));
    expect(spares.count).toBe(0);
  });

  it("starts its own worker when the spare has another heap limit", async () => {
    const spares = new SpareWorkers({ script: spareScript });
    const { results } = await run(named("a.xlsx", "b.xlsx"), {
      workers: 1,
      spares,
      heapLimitMb: 64,
    });
    expect(results.get(1)?.hash).toBe("h1");
    expect(spares.count).toBe(1);
    spares.dispose();
  });

  it("starts its own worker when the spare has ended without loading", async () => {
    const spares = new SpareWorkers({ script: brokenScript });
    for (const deadline = Date.now() + 20_000; spares.count > 0 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(spares.count).toBe(0);
    const { results } = await run(named("a.xlsx", "b.xlsx"), { workers: 1, spares });
    expect(results.get(1)?.hash).toBe("h1");
  });

  it("resolves at once for no files", async () => {
    expect((await run([], {})).calls).toEqual([]);
  });

  it("gives, with the real worker, the entries the main thread gives", async () => {
    const inputs = await writeUnits(folder.path, 6);
    const { results } = await run(inputs, { script: realScript });
    inputs.forEach((input, i) => {
      const here = checkInputFile(input, {
        rules: defaultRules,
        lang: "vi",
        withHash: true,
        values: true,
      });
      expect(results.get(i)?.entry).toEqual(here.entry);
      expect(results.get(i)?.hash).toBe(here.hash);
    });
    expect(codeOf(results.get(2))).toContain("number.not-a-number");
  });
});
