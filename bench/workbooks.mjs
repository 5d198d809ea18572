// The unit workbooks the benches read: N reports of the form in the layouts and with the
// values real submissions have (shifted and reversed tables, labels without diacritics or in
// capitals, text dates, numbers typed as Vietnamese text, extra sheets), a seeded defect in one
// file of 23, a unit founded too recently in one of 97, and one unit in 150 sending a later
// corrected copy. They are written by test/support/unitWorkbook.ts (ExcelJS, as a unit's Excel
// would) into a pool under the system's temp folder, kept for the next run, and each set of N
// is a folder of hard links to the first N of the pool, so 1,000 and 5,000 share their files.
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { importSource } from "./bundle.mjs";

// Bump when the generated files change, so stale pools are not reused.
const GENERATION = "v1";
export const PERIOD = "Năm 2024";
const BASE = join(tmpdir(), "cdvc-bench", GENERATION);

const LAYOUTS = [
  {},
  { columnOffset: 2 },
  { rowOffset: 3, labels: "plain" },
  { reversedColumns: true },
  { labels: "capitals", colonGap: true },
  { labels: "plain-capitals", dates: "text" },
  { reversedSheets: true, extraSheets: ["Sheet1"] },
  { sections: false, mergedTitle: false },
  { dates: "date", colonGap: true, columnOffset: 1, rowOffset: 1 },
  { extraSheets: ["Hướng dẫn"], reversedColumns: true, labels: "plain" },
  { totalRow: false, labels: "capitals" },
];
const DEFECTS = [
  "not-a-number",
  "women-over-members",
  "score-over-max",
  "missing-criterion",
  "duplicate-code",
  "ref-error",
  "negative-count",
  "wrong-period",
  "formula-like-name",
];
const AGENCIES = [
  "Sở Y tế",
  "Sở Tư pháp",
  "Sở Giáo dục và Đào tạo",
  "Bệnh viện Đa khoa tỉnh",
  "Trường THPT Chuyên",
  "Trung tâm Y tế huyện",
  "Đài Phát thanh và Truyền hình",
];

/** File n of the pool (1-based): its name and the spec makeUnitWorkbook builds it from. */
export function poolFile(n, validUnitValues) {
  // A resent copy: the previous unit again, with a later report date and other figures.
  const resent = n % 150 === 0;
  const unit = resent ? n - 1 : n;
  const code = `CD${String(unit).padStart(5, "0")}`;
  const layout = { ...LAYOUTS[n % LAYOUTS.length], ...(n % 10 === 3 ? { numbers: "text" } : {}) };
  return {
    name: resent ? `${code}-gui-lai.xlsx` : `${code}.xlsx`,
    spec: {
      unitCode: code,
      unitName: `CĐCS ${AGENCIES[unit % AGENCIES.length]} số ${unit}`,
      period: PERIOD,
      cluster: `Cụm ${1 + (unit % 12)}`,
      founded:
        unit % 97 === 0
          ? new Date(Date.UTC(2024, 9, 1))
          : new Date(Date.UTC(1990 + (unit % 30), unit % 12, 1 + (unit % 28))),
      reportDate: new Date(Date.UTC(2024, 11, resent ? 20 : 1 + (unit % 14))),
      values: validUnitValues(resent ? 100_000 + n : n),
      layout,
      defects: n % 23 === 0 ? [DEFECTS[(n / 23) % DEFECTS.length]] : [],
    },
  };
}

let generator = null;
async function loadGenerator() {
  generator ??= await importSource([
    'export { makeUnitWorkbook, validUnitValues } from "./test/support/unitWorkbook";',
  ]);
  return generator;
}

/** Writes the pool's missing files up to `count`; returns the pool folder. */
async function ensurePool(count, log) {
  const pool = join(BASE, "pool");
  mkdirSync(pool, { recursive: true });
  const have = new Set(readdirSync(pool));
  const started = performance.now();
  let written = 0;
  for (let n = 1; n <= count; n++) {
    const { makeUnitWorkbook, validUnitValues } = await loadGenerator();
    const { name, spec } = poolFile(n, validUnitValues);
    if (have.has(name)) continue;
    const { bytes } = await makeUnitWorkbook(spec);
    writeFileSync(join(pool, name), bytes);
    written++;
    if (written % 500 === 0) log(`  … ${written} workbooks written`);
  }
  if (written > 0) {
    log(`wrote ${written} workbooks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return pool;
}

/**
 * The bytes of a corrected copy of pool file `n`, as a unit resends it under the same name:
 * other figures (so its bytes differ), the same unit and period.
 * @param {number} n
 * @param {number} version
 */
export async function resentBytes(n, version) {
  const { makeUnitWorkbook, validUnitValues } = await loadGenerator();
  const { spec } = poolFile(n, validUnitValues);
  const { bytes } = await makeUnitWorkbook({
    ...spec,
    values: validUnitValues(200_000 + 10 * n + version),
  });
  return bytes;
}

/**
 * A folder holding exactly the first `count` files of the pool (generated when missing).
 * @param {number} count
 * @param {(line: string) => void} [log]
 */
export async function ensureWorkbooks(count, log = console.log) {
  const folder = join(BASE, `files-${count}`);
  const marker = join(BASE, `files-${count}.complete`);
  if (existsSync(marker)) return folder;
  const pool = await ensurePool(count, log);
  const { validUnitValues } = await loadGenerator();
  mkdirSync(folder, { recursive: true });
  const have = new Set(readdirSync(folder));
  for (let n = 1; n <= count; n++) {
    const { name } = poolFile(n, validUnitValues);
    if (have.has(name)) continue;
    try {
      linkSync(join(pool, name), join(folder, name));
    } catch {
      copyFileSync(join(pool, name), join(folder, name));
    }
  }
  writeFileSync(marker, "");
  return folder;
}
