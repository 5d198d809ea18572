/**
 * Issue 8's fuzz corpus and property test: the hostile files by name, each with the finding it
 * must give, checked on this thread and on the CLI's worker threads beside a good file; then
 * 500 seeded random mutations held to the fuzzer's promises (runFuzz). `npm run fuzz` runs many
 * more.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeFinding } from "../../src/core/findings/makeFinding";
import { defaultRules } from "../../src/core/rules";
import type { BatchEntry, UnitHeader } from "../../src/core/validation";
import { checkFiles } from "../../src/cli/read/checkFiles";
import { buildWorker, tempFolder } from "../../src/cli/read/testing/unitFiles";
import { nodeZipCodec } from "../../src/cli/read/nodeZipCodec";
import { checkWorkbook } from "../../src/workbook/checkWorkbook";
import { fuzzRules, fuzzWorkbooks, FUZZ_PERIOD } from "./fuzzWorkbooks";
import { HOSTILE_CORPUS, RANDOM_MUTATIONS } from "./mutations";
import { entryProblems, fuzzCase, runFuzz, type NamedWorkbook } from "./runFuzz";

jest.setTimeout(120_000);

const PER_FILE_MS = 2_000;
let bases: NamedWorkbook[];
let beside: NamedWorkbook[];
let corpus: Array<{ name: string; bytes: Uint8Array; code: string | null }>;

beforeAll(async () => {
  ({ bases, beside } = await fuzzWorkbooks());
  corpus = HOSTILE_CORPUS.map((c) => ({
    name: c.name,
    code: c.code,
    bytes: c.make(bases[0]!.bytes),
  }));
});

const errorsOf = (entry: BatchEntry<UnitHeader>) =>
  entry.result.findings.filter((f) => f.severity === "error").map((f) => f.code);

describe("the hostile corpus", () => {
  it.each(HOSTILE_CORPUS.map((c) => [c.name, c.code ?? "an error"] as const))(
    "rejects %s with %s, in bounded time",
    (name, shown) => {
      const code = shown === "an error" ? null : shown;
      const { bytes } = corpus.find((c) => c.name === name)!;
      const file = `${name}.xlsx`;
      const started = performance.now();
      const entry = checkWorkbook(bytes, file, defaultRules);
      expect(performance.now() - started).toBeLessThan(PER_FILE_MS);
      expect(entryProblems(entry, file)).toEqual([]);
      if (code) expect(errorsOf(entry)).toEqual([code]);
      else expect(errorsOf(entry).length).toBeGreaterThan(0);
    },
  );

  it("is reported file by file on the worker threads, the good file beside it passing", async () => {
    const folder = tempFolder("hostile");
    try {
      const script = await buildWorker(folder.path);
      const files = [...corpus, { name: "tot", bytes: beside[0]!.bytes, code: null }];
      const inputs = files.map((c, i) => {
        const path = join(folder.path, `${i}.xlsx`);
        writeFileSync(path, c.bytes);
        return { path, name: `${c.name}.xlsx`, size: c.bytes.length };
      });
      const { entries } = await checkFiles(inputs, {
        rules: defaultRules,
        lang: "vi",
        workers: 2,
        workerScript: script,
      });
      expect(entries.map((e) => e.file)).toEqual(inputs.map((i) => i.name));
      const good = entries.at(-1)!;
      expect(good.result.findings).toEqual([]);
      expect("unit" in good.result && good.result.unit?.code).toBe("KT901");
      corpus.forEach((c, i) => {
        if (c.code) expect(errorsOf(entries[i]!)).toEqual([c.code]);
        else expect(errorsOf(entries[i]!).length).toBeGreaterThan(0);
      });
    } finally {
      folder.remove();
    }
  });
});

describe("seeded random damage", () => {
  it("survives 500 mutations: a result for each, in bounded time, good files unaffected", () => {
    const report = runFuzz({
      seed: 20241215,
      count: 500,
      bases,
      beside,
      rules: fuzzRules,
      period: FUZZ_PERIOD,
      timeLimitMs: PER_FILE_MS,
    });
    expect(report.problems).toEqual([]);
    expect(report.cases).toBe(500);
    expect(Object.keys(report.byMutation).sort()).toEqual(
      RANDOM_MUTATIONS.map((m) => m.name).sort(),
    );
    // The damage is real: most files are refused, and in more than a few ways.
    expect(report.byFirstCode.none ?? 0).toBeLessThan(250);
    expect(Object.keys(report.byFirstCode).length).toBeGreaterThan(8);
  });

  it("replays a case from its seed and index alone", () => {
    const options = { seed: 7, count: 0, bases, beside, rules: fuzzRules, period: FUZZ_PERIOD };
    const one = runFuzz({ ...options, only: 41, timeLimitMs: PER_FILE_MS });
    const again = runFuzz({ ...options, only: 41, timeLimitMs: PER_FILE_MS });
    expect(one.cases).toBe(1);
    expect(again.byFirstCode).toEqual(one.byFirstCode);
    expect(again.byMutation).toEqual(one.byMutation);
  });
});

// The command line unzips with Node's zlib, the page with fflate: a file must get the same
// findings from both, damaged or not.
describe("Node's zlib and fflate", () => {
  it("give the same entry for every hostile file and 300 seeded mutations", () => {
    const files = [
      ...corpus.map((c) => ({ name: `${c.name}.xlsx`, bytes: c.bytes })),
      ...beside,
      ...Array.from({ length: 300 }, (_, index) => fuzzCase(1207, index, bases)),
    ];
    const differing = files
      .filter(({ name, bytes }) => {
        const fflate = checkWorkbook(bytes, name, fuzzRules);
        const zlib = checkWorkbook(bytes, name, fuzzRules, "vi", nodeZipCodec);
        return JSON.stringify(fflate) !== JSON.stringify(zlib);
      })
      .map((f) => f.name);
    expect(differing).toEqual([]);
  });
});

describe("entryProblems, the fuzzer's judge", () => {
  const file = "a.xlsx";
  const damaged = makeFinding("file.damaged", { file }, { part: "x" });
  it.each<[string, BatchEntry, string]>([
    ["a result naming another file", { file: "b.xlsx", result: { findings: [damaged] } }, "names"],
    ["no unit and no error", { file, result: { findings: [] } }, "no unit and no error"],
    [
      "an unknown finding code",
      { file, result: { findings: [{ ...damaged, code: "file.weird" }] } },
      "unknown finding code",
    ],
    [
      "a message with a placeholder left",
      { file, result: { findings: [{ ...damaged, message: "Tệp {file} hỏng" }] } },
      "message",
    ],
    [
      "a finding naming another file",
      { file, result: { findings: [{ ...damaged, file: "c.xlsx" }] } },
      "names",
    ],
  ])("catches %s", (_name, entry, problem) => {
    expect(entryProblems(entry, file).join("; ")).toContain(problem);
  });

  it("finds nothing wrong with a refused file or a good one", () => {
    expect(entryProblems({ file, result: { findings: [damaged] } }, file)).toEqual([]);
    const good = checkWorkbook(beside[1]!.bytes, "KT902.xlsx", fuzzRules);
    expect(entryProblems(good, "KT902.xlsx")).toEqual([]);
  });
});
