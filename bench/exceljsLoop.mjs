// The "typical library" reference: import ExcelJS, then load every workbook of a folder with
// `workbook.xlsx.load`, one after the other, doing nothing with it. Run as a script
// (`node bench/exceljsLoop.mjs <folder>`) it prints one JSON line: the import and the loop,
// timed inside the process, and its peak memory.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const folder = process.argv[2];
if (!folder) throw new Error("usage: node bench/exceljsLoop.mjs <folder>");
const t0 = performance.now();
const ExcelJS = (await import("exceljs")).default;
const importMs = performance.now() - t0;
const started = performance.now();
let sheets = 0;
const names = readdirSync(folder);
for (const name of names) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(folder, name)));
  sheets += workbook.worksheets.length;
}
const ms = performance.now() - started;
const maxRssKB = process.resourceUsage().maxRSS;
process.stdout.write(
  JSON.stringify({ ms, importMs, files: names.length, sheets, maxRssKB }) + "\n",
);
