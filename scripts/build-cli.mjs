// Bundles the command-line tool into one CommonJS file per entry, so `cdvc` starts by loading
// one file of compiled JavaScript (no TypeScript compiled at each call; start-up counts in the
// speed targets). The check worker (src/cli/read/checkWorker.ts) is its own entry: the CLI
// starts it from cdvc-worker.cjs beside cdvc.cjs to read many files on every core. ExcelJS is
// a third file, exceljs.cjs, required only when a workbook is written: as one minified file it
// loads in half the time of its hundreds of modules in node_modules (bench/RESULTS.md).
import { build } from "esbuild";

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
 * `import("exceljs")` in the CLI's code becomes `require("./exceljs.cjs")` beside it, through a
 * one-line module bundled in its place: a real `import()` of a CommonJS file would make Node
 * scan its megabyte for export names first (80 ms).
 */
const excelBeside = {
  name: "exceljs-beside",
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: "exceljs", namespace: "exceljs-beside" }));
    b.onLoad({ filter: /.*/, namespace: "exceljs-beside" }, () => ({
      contents: 'module.exports = require("./exceljs.cjs");',
      loader: "js",
    }));
    b.onResolve({ filter: /^\.\/exceljs\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { cdvc: "src/cli/main.ts", "cdvc-worker": "src/cli/read/checkWorker.ts" },
    outdir: "build/cli",
    plugins: [excelBeside],
  }),
  build({
    ...common,
    entryPoints: { exceljs: "exceljs" },
    outdir: "build/cli",
    // ExcelJS's own stack traces are not ours to read: no map for it.
    sourcemap: false,
  }),
]);
