// Times the lean xlsx reader against its floor and against ExcelJS, on 1,000 report-like
// workbooks (2 sheets of ~90 rows × 7 columns, written by ExcelJS into a temp folder, kept
// there for the next run). Run on demand: `node bench/reader.bench.mjs [count]`.
//   (a) floor: read the file, inflate every entry with fflate, count "<c " in the sheets;
//   (b) readWorkbook (src/workbook/reader, bundled in memory with esbuild, so the current source);
//   (c) ExcelJS workbook.xlsx.load.
// Each pass reads the files from disk itself; a warm-up pass over the first files comes first.
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const COUNT = Number(process.argv[2] ?? 1000);
const WARM_UP = Math.min(100, COUNT);
const folder = join(tmpdir(), `cdvc-reader-bench-${COUNT}`);
const entry = fileURLToPath(new URL("../src/workbook/reader/index.ts", import.meta.url));

async function loadReader() {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

async function writeReport(path, n) {
  const random = seeded(n + 1);
  const workbook = new ExcelJS.Workbook();
  const report = workbook.addWorksheet("BaoCao");
  report.getCell("A1").value = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ";
  report.mergeCells("A1:G1");
  report.getCell("A3").value = "Mã đơn vị";
  report.getCell("C3").value = `CDCS-${String(n).padStart(3, "0")}`;
  report.getCell("A4").value = "Ngày báo cáo";
  report.getCell("C4").value = new Date(Date.UTC(2024, 11, 10 + (n % 15)));
  report.getRow(6).values = [
    "STT",
    "Mã số",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch",
    "Thực hiện",
    "Ghi chú",
  ];
  for (let i = 1; i <= 84; i++) {
    const target = Math.round(random() * 500);
    const actual =
      random() < 0.1
        ? `${Math.round(random() * 3000)}`.replace(/(\d)(\d{3})$/, "$1.$2")
        : Math.round(random() * 600);
    report.getRow(6 + i).values = [
      i,
      `CT${String(i).padStart(2, "0")}`,
      `Chỉ tiêu số ${i} của đơn vị`,
      "người",
      target,
      actual,
      random() < 0.2 ? "Ghi chú" : null,
    ];
  }
  report.getCell("F91").value = { formula: "SUM(F7:F90)", result: 12345 };
  const scores = workbook.addWorksheet("ChamDiem");
  scores.getRow(2).values = [
    "Mã số",
    "Tiêu chí",
    "Điểm chuẩn",
    "Tự chấm",
    "Thẩm định",
    "Ghi chú",
    "Xếp loại",
  ];
  for (let i = 1; i <= 88; i++) {
    const max = 5 + (i % 4) * 5;
    scores.getRow(2 + i).values = [
      `TC${i}`,
      `Tiêu chí ${i}`,
      max,
      Math.round(random() * max * 10) / 10,
      null,
      random() < 0.1 ? "Trừ điểm" : null,
      "Đạt",
    ];
  }
  await workbook.xlsx.writeFile(path);
}

async function ensureFiles() {
  mkdirSync(folder, { recursive: true });
  const have = new Set(readdirSync(folder));
  const paths = [];
  const started = performance.now();
  let written = 0;
  for (let n = 0; n < COUNT; n++) {
    const name = `report-${String(n).padStart(4, "0")}.xlsx`;
    const path = join(folder, name);
    if (!have.has(name) || !existsSync(path)) {
      await writeReport(path, n);
      written++;
    }
    paths.push(path);
  }
  if (written > 0)
    console.log(
      `wrote ${written} workbooks in ${((performance.now() - started) / 1000).toFixed(1)} s to ${folder}`,
    );
  return paths;
}

function floor(path) {
  const files = unzipSync(readFileSync(path));
  let cells = 0;
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const xml = strFromU8(bytes);
    for (let at = xml.indexOf("<c "); at !== -1; at = xml.indexOf("<c ", at + 3)) cells++;
  }
  return cells;
}

async function time(label, paths, run) {
  for (const path of paths.slice(0, WARM_UP)) await run(path);
  const started = performance.now();
  let check = 0;
  for (const path of paths) check += await run(path);
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(34)} ${(ms / paths.length).toFixed(3)} ms/file  (${(ms / 1000).toFixed(2)} s total, check ${check})`,
  );
  return ms;
}

const paths = await ensureFiles();
const { readWorkbook } = await loadReader();
const bytesTotal = paths.reduce((sum, path) => sum + readFileSync(path).length, 0);
console.log(
  `${paths.length} files, ${(bytesTotal / paths.length / 1024).toFixed(1)} KiB each on average`,
);

const a = await time("(a) read + fflate inflate + scan", paths, floor);
const b = await time("(b) readWorkbook", paths, (path) => {
  const result = readWorkbook(new Uint8Array(readFileSync(path)), path);
  if (!result.ok) throw new Error(`${path}: ${result.findings[0].message}`);
  return result.workbook.sheets.length;
});
const c = await time("(c) ExcelJS load", paths, async (path) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path));
  return workbook.worksheets.length;
});
console.log(
  `readWorkbook / floor: ${(b / a).toFixed(2)}×   ExcelJS / readWorkbook: ${(c / b).toFixed(1)}×`,
);
