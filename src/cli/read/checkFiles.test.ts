import { copyFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRules, rulesHash } from "../../core/rules";
import { CheckCache } from "../cache/checkCache";
import type { InputFile } from "../inputs";
import { Worker } from "node:worker_threads";
import {
  checkFiles,
  defaultWorkers,
  FILES_PER_WORKER,
  IN_PROCESS_BELOW,
  spareCheckWorker,
  workersFor,
  type CheckFilesOptions,
} from "./checkFiles";
import { buildWorker, tempFolder, unitBytes, writeUnits } from "./testing/unitFiles";

jest.setTimeout(60_000);

const folder = tempFolder("files");
afterAll(() => folder.remove());
const COUNT = IN_PROCESS_BELOW + 4;
let inputs: InputFile[];
let script: string;

beforeAll(async () => {
  inputs = await writeUnits(folder.path, COUNT);
  // A file that is not a workbook and one too large to read, among the units.
  writeFileSync(join(folder.path, "csv.xlsx"), "Mã số;Chỉ tiêu\r\nDV01;2.686\r\n");
  inputs.splice(5, 0, { path: join(folder.path, "csv.xlsx"), name: "csv.xlsx", size: 27 });
  inputs.push({ path: join(folder.path, "khong-doc.xlsx"), name: "qua-lon.xlsx", size: 50e6 });
  script = await buildWorker(folder.path);
});

const identity = { tool: "cdvc test", rules: rulesHash(defaultRules), lang: "vi" as const };
const base: CheckFilesOptions = { rules: defaultRules, lang: "vi" };
const errors = (entries: Awaited<ReturnType<typeof checkFiles>>["entries"]) =>
  entries.map((e) => [
    e.file,
    e.result.findings.filter((f) => f.severity === "error").map((f) => f.code),
  ]);

describe("checkFiles", () => {
  it("gives the same entries, in input order, on worker threads as on this thread", async () => {
    const here = await checkFiles(inputs, { ...base, workers: 0 });
    let started = false;
    const pooled = await checkFiles(inputs, {
      ...base,
      workers: 2,
      workerScript: script,
      whileReading: () => (started = true),
    });
    expect(started).toBe(true);
    expect(pooled.entries).toEqual(here.entries);
    expect(pooled.entries.map((e) => e.file)).toEqual(inputs.map((i) => i.name));
    expect(errors(pooled.entries)).toEqual(
      expect.arrayContaining([
        ["CD003.xlsx", ["number.not-a-number"]],
        ["csv.xlsx", ["file.csv"]],
        ["qua-lon.xlsx", ["file.too-large"]],
      ]),
    );
  });

  it("reads only the units' headers when asked, with the same findings, here and on workers", async () => {
    const full = await checkFiles(inputs, { ...base, workers: 0 });
    const here = await checkFiles(inputs, { ...base, workers: 0, values: false });
    const pooled = await checkFiles(inputs, {
      ...base,
      values: false,
      workers: 2,
      workerScript: script,
    });
    expect(pooled.entries).toEqual(here.entries);
    expect(here.entries.map((e) => e.result.findings)).toEqual(
      full.entries.map((e) => e.result.findings),
    );
    const units = here.entries.flatMap((e) => (e.result.unit ? [e.result.unit] : []));
    expect(units.map((u) => u.code)).toEqual(
      full.entries.flatMap((e) => (e.result.unit ? [e.result.unit.code] : [])),
    );
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit).not.toHaveProperty("indicators");
    const cache = await CheckCache.open(join(folder.path, "headers.cdvc-cache"), identity);
    await expect(checkFiles(inputs, { ...base, values: false, cache })).rejects.toThrow(
      /cache keeps units with their figures/,
    );
  });

  it("reads on a spare worker started ahead, giving the same entries", async () => {
    const here = await checkFiles(inputs, { ...base, workers: 0 });
    const spares = spareCheckWorker({ workerScript: script });
    expect(spares).not.toBeNull();
    const take = jest.spyOn(spares!, "take");
    const pooled = await checkFiles(inputs, { ...base, workers: 1, workerScript: script, spares });
    expect(pooled.entries).toEqual(here.entries);
    expect(take.mock.results[0]?.value).toBeInstanceOf(Worker);
  });

  it("stops a spare worker that the files did not need", async () => {
    const terminate = jest.spyOn(Worker.prototype, "terminate");
    try {
      const spares = spareCheckWorker({ workerScript: script });
      await checkFiles(inputs.slice(0, 2), { ...base, workerScript: script, spares });
      expect(terminate).toHaveBeenCalledTimes(1);
      expect(spares!.count).toBe(0);
    } finally {
      terminate.mockRestore();
    }
  });

  it("starts no spare where no worker would run", () => {
    expect(spareCheckWorker({ workers: 0, workerScript: script })).toBeNull();
    expect(spareCheckWorker({ workerScript: join(folder.path, "khong-co.cjs") })).toBeNull();
  });

  it("reads on this thread, without calling whileReading, when few files are left to read", async () => {
    let started = false;
    const few = inputs.slice(0, IN_PROCESS_BELOW - 1);
    const result = await checkFiles(few, {
      ...base,
      workers: 2,
      workerScript: script,
      whileReading: () => (started = true),
    });
    expect(started).toBe(false);
    expect(result.entries).toHaveLength(few.length);
  });

  it("reads on this thread when the worker bundle is missing or cannot start", async () => {
    const broken = join(folder.path, "broken.cjs");
    writeFileSync(broken, "throw new Error('hỏng');");
    const here = await checkFiles(inputs, { ...base, workers: 0 });
    for (const workerScript of [join(folder.path, "khong-co.cjs"), broken]) {
      const result = await checkFiles(inputs, { ...base, workers: 2, workerScript });
      expect(result.entries).toEqual(here.entries);
    }
  });

  it("reports progress up to the total", async () => {
    const seen: Array<[number, number]> = [];
    await checkFiles(inputs, {
      ...base,
      workers: 2,
      workerScript: script,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toHaveLength(inputs.length);
    expect(seen.at(-1)).toEqual([inputs.length, inputs.length]);
  });

  it("reuses the cache for unchanged files and reads again only a resent one", async () => {
    const path = join(folder.path, "files.cdvc-cache");
    const first = await CheckCache.open(path, identity);
    const cold = await checkFiles(inputs, { ...base, cache: first, workerScript: script });
    expect(cold.reused).toBe(0);
    await first.save();

    const warm = await checkFiles(inputs, {
      ...base,
      cache: await CheckCache.open(path, identity),
      workerScript: script,
    });
    // Every file but the one too large to read, which is never cached (refused unread).
    expect(warm.reused).toBe(inputs.length - 1);
    expect(warm.entries).toEqual(cold.entries);

    // Unit 7 resends its file: CD007.xlsx now holds the workbook of unit 3, with its error.
    const resent = inputs.findIndex((i) => i.name === "CD007.xlsx");
    writeFileSync(inputs[resent]!.path, await unitBytes(3));
    const changed = inputs.map((input, i) =>
      i === resent ? { ...input, size: statSync(input.path).size } : input,
    );
    const again = await checkFiles(changed, {
      ...base,
      cache: await CheckCache.open(path, identity),
      workerScript: script,
    });
    expect(again.reused).toBe(inputs.length - 2);
    expect(again.entries[resent]!.result.findings.map((f) => f.code)).toContain(
      "number.not-a-number",
    );
    const fresh = await checkFiles(changed, { ...base, workers: 0 });
    expect(again.entries).toEqual(fresh.entries);
  });

  it("does not reuse an entry for the same bytes under another name", async () => {
    const path = join(folder.path, "names.cdvc-cache");
    const cache = await CheckCache.open(path, identity);
    await checkFiles(inputs.slice(0, 2), { ...base, cache });
    await cache.save();
    const copy = join(folder.path, "ban-sao.xlsx");
    copyFileSync(inputs[0]!.path, copy);
    const renamed = [{ ...inputs[0]!, path: copy, name: "ban-sao.xlsx" }];
    const result = await checkFiles(renamed, {
      ...base,
      cache: await CheckCache.open(path, identity),
    });
    expect(result.reused).toBe(0);
    expect(result.entries[0]!.file).toBe("ban-sao.xlsx");
  });

  it("looks nothing up in an empty cache, yet fills it with every file read", async () => {
    const cache = await CheckCache.open(join(folder.path, "empty.cdvc-cache"), identity);
    const get = jest.spyOn(cache, "get");
    const set = jest.spyOn(cache, "set");
    const result = await checkFiles(inputs.slice(0, 3), { ...base, cache });
    expect(get).not.toHaveBeenCalled();
    expect(set).toHaveBeenCalledTimes(3);
    expect(result.reused).toBe(0);
  });

  it("finds files of every size through the one buffer it reads them into", async () => {
    // A workbook, a short text file, a workbook: a reused buffer must give each its own bytes.
    const path = join(folder.path, "sizes.cdvc-cache");
    const first = await CheckCache.open(path, identity);
    const mixed = [inputs[0]!, inputs[5]!, inputs[1]!];
    await checkFiles(mixed, { ...base, cache: first });
    await first.save();
    const again = await checkFiles(mixed, {
      ...base,
      cache: await CheckCache.open(path, identity),
    });
    expect(again.reused).toBe(3);
    expect(again.entries.map((e) => e.file)).toEqual(mixed.map((i) => i.name));
  });
});

describe("defaultWorkers", () => {
  it("reads on the main thread until each of two workers or more gets its share of files", () => {
    const share = FILES_PER_WORKER;
    expect(defaultWorkers(80, 2)).toBe(0);
    expect(defaultWorkers(2 * share - 1, 2)).toBe(0);
    expect(defaultWorkers(2 * share, 2)).toBe(2);
    expect(defaultWorkers(100 * share, 2)).toBe(2);
    expect(defaultWorkers(5 * share, 8)).toBe(5);
    expect(defaultWorkers(100 * share, 1)).toBe(0);
    expect(defaultWorkers(0, 8)).toBe(0);
  });
});

describe("workersFor", () => {
  it("gives the option, or the default, from as many files as checkFiles reads on workers", () => {
    expect(workersFor(IN_PROCESS_BELOW - 1, 2)).toBe(0);
    expect(workersFor(IN_PROCESS_BELOW, 2)).toBe(2);
    expect(workersFor(IN_PROCESS_BELOW, 0)).toBe(0);
    expect(workersFor(IN_PROCESS_BELOW)).toBe(0);
    expect(workersFor(2 * FILES_PER_WORKER)).toBe(defaultWorkers(2 * FILES_PER_WORKER));
  });
});
