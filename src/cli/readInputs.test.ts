import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, consolidationToJson, fromBatch } from "../core/consolidation";
import { rulesHash, type Rules } from "../core/rules";
import { cachePathFor, CheckCache } from "./cache/checkCache";
import { defaultWorkers, FILES_PER_WORKER, IN_PROCESS_BELOW } from "./read/checkFiles";
import { readInputs, spareWorkerFor, type ReadBatch } from "./readInputs";
import { buildWorker, tempFolder, unitBytes, writeUnits } from "./read/testing/unitFiles";

jest.setTimeout(60_000);

const folder = tempFolder("read-inputs");
afterAll(() => folder.remove());
const inputDir = join(folder.path, "in");
const out = join(folder.path, "TongHop.xlsx");

const openCache = (rules: Rules) =>
  CheckCache.open(cachePathFor(out), { tool: "cdvc test", rules: rulesHash(rules), lang: "vi" });

async function run(withCache: boolean): Promise<{ batch: ReadBatch; json: unknown }> {
  const batch = await readInputs([inputDir], {
    lang: "vi",
    period: "Năm 2024",
    openCache: withCache ? openCache : undefined,
  });
  if (!batch) throw new Error("the default rules always load");
  if (batch.cache) await batch.cache.save();
  const result = consolidate(fromBatch(batch.entries, batch), batch.rules, { lang: "vi" });
  return { batch, json: consolidationToJson(result) };
}

beforeAll(async () => {
  mkdirSync(inputDir);
  await writeUnits(inputDir, 12);
  // The same report of unit 4 twice (a duplicate on both), and a truncated file.
  writeFileSync(join(inputDir, "CD004-gui-lai.xlsx"), await unitBytes(4));
  writeFileSync(join(inputDir, "hong.xlsx"), (await unitBytes(5)).slice(0, 3000));
});

describe("readInputs with the cache", () => {
  it("consolidates the same with no cache, a cold cache and a warm one", async () => {
    const none = await run(false);
    const cold = await run(true);
    const warm = await run(true);
    expect(none.batch.cache).toBeNull();
    expect(cold.batch.reused).toBe(0);
    expect(warm.batch.reused).toBe(none.batch.files.length);
    expect(cold.json).toEqual(none.json);
    expect(warm.json).toEqual(none.json);
    expect(warm.batch.files).toEqual(none.batch.files);
    const statuses = (none.json as { units: Array<{ file: string; status: string }> }).units;
    expect(statuses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "hong.xlsx", status: "rejected" }),
        expect.objectContaining({ file: "CD003.xlsx", status: "rejected" }),
        expect.objectContaining({ file: "CD004-gui-lai.xlsx", status: "rejected" }),
      ]),
    );
  });

  it("consolidates the same as a run without cache after a unit resends its file", async () => {
    await run(true);
    writeFileSync(join(inputDir, "CD009.xlsx"), await unitBytes(3));
    const cached = await run(true);
    const none = await run(false);
    expect(cached.batch.reused).toBe(none.batch.files.length - 1);
    expect(cached.json).toEqual(none.json);
    expect(cached.batch.files).toEqual(none.batch.files);
  });
});

describe("spareWorkerFor", () => {
  it("starts a worker ahead only where worker threads will read", async () => {
    const workerScript = await buildWorker(folder.path);
    const unit = join(inputDir, "CD001.xlsx");
    const many = (count: number) => Array.from({ length: count }, () => unit);
    // By default, only for thousands of files (defaultWorkers), counted by the folders' entries.
    for (const paths of [[inputDir], many(16), [unit, join(folder.path, "khong-co")]]) {
      expect(spareWorkerFor(paths, { workerScript })).toBeNull();
    }
    const thousands = spareWorkerFor(many(2 * FILES_PER_WORKER), { workerScript });
    expect(thousands !== null).toBe(defaultWorkers(2 * FILES_PER_WORKER) > 0);
    thousands?.dispose();
    // With workers asked for, from as many files as checkFiles gives to workers.
    for (const paths of [[inputDir], many(IN_PROCESS_BELOW - 1)]) {
      expect(spareWorkerFor(paths, { workerScript, workers: 2 })).toBeNull();
    }
    const spares = spareWorkerFor(many(IN_PROCESS_BELOW), { workerScript, workers: 2 });
    expect(spares).not.toBeNull();
    spares!.dispose();
    expect(spareWorkerFor([inputDir], { workerScript, workers: 0 })).toBeNull();
  });
});
