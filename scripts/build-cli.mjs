// Bundles the command-line tool into one CommonJS file per entry, so `cdvc` starts by loading
// one file of compiled JavaScript (no TypeScript compiled at each call; start-up counts in the
// speed targets). ExcelJS stays external: it is loaded lazily, only when a workbook is written.
// The check worker (src/cli/read/checkWorker.ts) is its own entry: the CLI starts it from
// cdvc-worker.cjs beside cdvc.cjs to read many files on every core.
import { build } from "esbuild";

await build({
  entryPoints: { cdvc: "src/cli/main.ts", "cdvc-worker": "src/cli/read/checkWorker.ts" },
  outdir: "build/cli",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  external: ["exceljs"],
  logLevel: "warning",
  outExtension: { ".js": ".cjs" },
});
