// Bundles the command-line tool into one CommonJS file per entry, so `cdvc` starts by loading
// one file of compiled JavaScript (no TypeScript compiled at each call; start-up counts in the
// speed targets). The check worker (src/cli/read/checkWorker.ts) is its own file, cdvc-check.cjs:
// the CLI starts worker threads from cdvc-worker.cjs, which only loads it, to read many files on
// every core. ExcelJS is another, exceljs.cjs, required only when a workbook is written: as one
// minified file it loads in half the time of its hundreds of modules in node_modules
// (bench/RESULTS.md), and it holds only the parts the CLI uses (exceljs-cli-entry.cjs). load.cjs
// compiles the three large ones from the V8 code cache written at the end.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = "build/cli";
const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const SAMPLES = join(SCRIPTS, "..", "samples");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  // CDVC_NO_MINIFY=1 keeps names readable, for CPU profiles of the real command.
  minify: !process.env.CDVC_NO_MINIFY,
  logLevel: "warning",
  outExtension: { ".js": ".cjs" },
};

/**
 * `import("exceljs")` in the CLI's code becomes a load of `exceljs.cjs` beside it, compiled from
 * its code cache (load.cjs), through a one-line module bundled in its place: a real `import()`
 * of a CommonJS file would make Node scan its megabyte for export names first (80 ms).
 */
const excelBeside = {
  name: "exceljs-beside",
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: "exceljs", namespace: "exceljs-beside" }));
    b.onLoad({ filter: /.*/, namespace: "exceljs-beside" }, () => ({
      contents:
        'module.exports = require("./load.cjs").cachedRequire(require("node:path").join(__dirname, "exceljs.cjs"));',
      loader: "js",
    }));
    b.onResolve({ filter: /^\.\/load\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** ExcelJS's CSV module, required by its Workbook but never used by the CLI, as a stub. */
const withoutExcelCsv = {
  name: "exceljs-without-csv",
  setup(b) {
    b.onResolve({ filter: /\/csv\/csv$/ }, (args) =>
      args.importer.includes(join("exceljs", "lib", "doc"))
        ? { path: "csv", namespace: "exceljs-without-csv" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "exceljs-without-csv" }, () => ({
      contents:
        'module.exports = class CSV { constructor() { throw new Error("ExcelJS CSV is not in the CLI build"); } };',
      loader: "js",
    }));
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: {
      cdvc: "src/cli/main.ts",
      "cdvc-worker": "src/cli/read/checkWorkerEntry.ts",
      "cdvc-check": "src/cli/read/checkWorker.ts",
      load: "src/cli/load/codeCache.ts",
    },
    outdir: OUT,
    plugins: [excelBeside],
  }),
  build({
    ...common,
    entryPoints: { exceljs: join(SCRIPTS, "exceljs-cli-entry.cjs") },
    outdir: OUT,
    // ExcelJS's own stack traces are not ours to read: no map for it.
    sourcemap: false,
    plugins: [withoutExcelCsv],
  }),
]);

// V8's code cache of the three large bundles, written beside them (src/cli/load/codeCache.ts),
// with the functions a run compiles in them too. The check worker's after checking the sample
// submissions on this thread (a code cache is V8's own bytecode, which any thread of the same
// Node takes); the CLI's own and ExcelJS's at the end of a real run of the CLI on them, in a
// process of its own (scripts/train-code-cache.cjs).
const { writeCodeCache } = createRequire(import.meta.url)("../build/cli/load.cjs");
if (!existsSync(SAMPLES)) throw new Error(`${SAMPLES} is missing: the code caches are made on it`);
await writeCodeCache(join(OUT, "cdvc-check.cjs"), async (worker) => {
  if ((await worker.exerciseChecks(SAMPLES)) === 0) throw new Error(`no workbook in ${SAMPLES}`);
});
const training = spawnSync(
  process.execPath,
  [join(SCRIPTS, "train-code-cache.cjs"), OUT, SAMPLES],
  { encoding: "utf8", timeout: 120_000 },
);
if (training.status !== 0) {
  process.stderr.write(`${training.error ?? ""}\n${training.stdout ?? ""}${training.stderr ?? ""}`);
  throw new Error("the code caches of the CLI and ExcelJS could not be written");
}
