// The floor: what reading the files costs when nothing else is done. Each file is read from
// disk, its worksheet and shared-string entries are inflated with fflate, and every cell of
// the worksheets is found with a plain scan for "<c ". No XML is parsed, nothing is kept.
// Run as a script (`node bench/floor.mjs <folder>`) it prints one JSON line with the time
// spent inside the process, so a bench can compare it with a whole CLI run.
import { strFromU8, unzipSync } from "fflate";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const wanted = (file) =>
  file.name.startsWith("xl/worksheets/") || file.name === "xl/sharedStrings.xml";

/** The cells of one workbook's worksheets, counted by a scan of the inflated XML. */
export function floorScan(bytes) {
  const parts = unzipSync(bytes, { filter: wanted });
  let cells = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const xml = strFromU8(data);
    for (let at = xml.indexOf("<c "); at !== -1; at = xml.indexOf("<c ", at + 3)) cells++;
  }
  return cells;
}

/** Reads every file of `folder` through the floor; returns the time and what was seen. */
export function floorOfFolder(folder) {
  const started = performance.now();
  let cells = 0;
  let bytes = 0;
  const names = readdirSync(folder);
  for (const name of names) {
    const data = readFileSync(join(folder, name));
    bytes += data.length;
    cells += floorScan(data);
  }
  return { ms: performance.now() - started, files: names.length, bytes, cells };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error("usage: node bench/floor.mjs <folder>");
  const result = floorOfFolder(folder);
  const maxRssKB = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ ...result, maxRssKB }) + "\n");
}
