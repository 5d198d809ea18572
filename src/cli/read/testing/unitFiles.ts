/**
 * Real unit workbooks on disk for the reading tests: written by test/support's generator into
 * a temporary folder, in a few layouts, one with a seeded error and one with a warning, so that
 * entries carry units, findings, dates and cell positions.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import {
  makeUnitWorkbook,
  validUnitValues,
  type UnitDefect,
  type UnitLayout,
} from "../../../../test/support/unitWorkbook";
import type { InputFile } from "../../inputs";

const LAYOUTS: readonly UnitLayout[] = [
  {},
  { columnOffset: 2, labels: "plain" },
  { reversedColumns: true, dates: "text" },
  { numbers: "text" },
];

/** A temporary folder; `remove` deletes it. */
export function tempFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `cdvc-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The workbook of unit n (CD0n): layouts cycle, unit 3 has a text in a number cell. */
export async function unitBytes(n: number): Promise<Uint8Array> {
  const defects: UnitDefect[] = n === 3 ? ["not-a-number"] : [];
  const workbook = await makeUnitWorkbook({
    unitCode: `CD${String(n).padStart(3, "0")}`,
    unitName: `CĐCS Trường THPT số ${n}`,
    period: "Năm 2024",
    cluster: `Cụm ${1 + (n % 3)}`,
    founded: new Date(Date.UTC(2001, n % 12, 1 + n)),
    reportDate: new Date(Date.UTC(2024, 11, 1 + (n % 20))),
    values: validUnitValues(100 + n),
    layout: LAYOUTS[n % LAYOUTS.length],
    defects,
  });
  return workbook.bytes;
}

/** Writes units 1..count into `folder` as CD001.xlsx …; returns them as inputs, in order. */
export async function writeUnits(folder: string, count: number): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (let n = 1; n <= count; n++) {
    const name = `CD${String(n).padStart(3, "0")}.xlsx`;
    const path = join(folder, name);
    writeFileSync(path, await unitBytes(n));
    inputs.push({ path, name, size: statSync(path).size });
  }
  return inputs;
}

/**
 * Bundles the check worker as `npm run build:cli` does, into `folder`: the entry a thread starts
 * from, which loads the worker's code from the file beside it (without a code cache here).
 * Returns the entry's path.
 */
export async function buildWorker(folder: string): Promise<string> {
  await build({
    entryPoints: {
      "cdvc-worker": join(__dirname, "..", "checkWorkerEntry.ts"),
      "cdvc-check": join(__dirname, "..", "checkWorker.ts"),
    },
    outdir: folder,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "silent",
  });
  return join(folder, "cdvc-worker.cjs");
}
