// Bundles the command-line tool into one CommonJS file per entry, so `cdvc` starts by loading
// one file of compiled JavaScript (no TypeScript compiled at each call; start-up counts in the
// speed targets). ExcelJS stays external: it is loaded lazily, only when a workbook is written.
import { build } from "esbuild";

await build({
  entryPoints: { cdvc: "src/cli/main.ts" },
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
