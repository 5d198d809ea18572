// Times the consolidation output workbook writer (src/workbook/result) on synthetic batches of
// 1,000 and 5,000 units (the target: 5,000 units in under 10 s), deflated by Node's zlib as the
// CLI writes it. Each unit reports all the default indicators and criteria; one file in ten has a
// warning, one in fifty an error (it is rejected), one in a hundred is replaced by a later copy.
// Run on demand:
// `node bench/writer.bench.mjs [counts…]`. It bundles the current source with esbuild into
// node_modules/.cache (so ExcelJS, zod and date-fns resolve from node_modules) and imports it.
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const counts = process.argv.slice(2).map(Number);
const COUNTS = counts.length > 0 ? counts : [1000, 5000];
const RUNS = 3;

async function loadWriter() {
  const outdir = `${root}node_modules/.cache/cdvc-bench`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/writer-${process.pid}.mjs`;
  await build({
    stdin: {
      contents: [
        'export { writeResultWorkbook } from "./src/workbook/result";',
        'export { consolidate } from "./src/core/consolidation";',
        'export { defaultRules } from "./src/core/rules";',
        'export { makeFinding } from "./src/core/findings/makeFinding";',
        'export { nodeDeflate } from "./src/cli/write/nodeDeflate";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "silent",
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function entries(count, rules, makeFinding) {
  const random = seeded(count);
  const list = [];
  for (let i = 1; i <= count; i++) {
    const code = `CD${String(i).padStart(4, "0")}`;
    const file = `${code}.xlsx`;
    const indicators = {};
    for (const indicator of rules.indicators) {
      if (indicator.kind === "yesno") {
        indicators[indicator.code] = { target: null, actual: random() < 0.9 };
        continue;
      }
      const actual =
        indicator.kind === "money"
          ? Math.round(random() * 5000) / 10
          : Math.floor(random() * (indicator.code === "DV01" ? 3000 : 150));
      const target = indicator.hasTarget
        ? Math.max(1, Math.round(actual * (0.6 + random())))
        : null;
      indicators[indicator.code] = { target, actual };
    }
    const criteria = {};
    for (const criterion of rules.criteria) {
      const self = Math.round(criterion.maxPoints * (0.4 + 0.6 * random()) * 2) / 2;
      criteria[criterion.code] = { maxPoints: criterion.maxPoints, self, appraised: null };
    }
    const unit = {
      code,
      name: `Công đoàn cơ sở Trường Trung học phổ thông số ${i} huyện Lê Lợi`,
      cluster: `Cụm ${(i % 12) + 1}`,
      founded: new Date(Date.UTC(2010, 0, 1)),
      indicators,
      criteria,
    };
    const findings = [];
    if (i % 10 === 0) {
      findings.push(
        makeFinding(
          "number.as-text",
          { file, sheet: "BaoCao", cell: "F14" },
          { text: "1,6 tỷ", value: "1600" },
        ),
      );
    }
    if (i % 50 === 0) {
      findings.push(
        makeFinding("number.not-a-number", { file, sheet: "BaoCao", cell: "F12" }, { text: "x" }),
      );
    }
    if (i % 100 === 0) {
      list.push({ file: `old-${file}`, unit, findings: [], replacedBy: file });
    }
    list.push({ file, unit, findings, replacedBy: null });
  }
  return list;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const { writeResultWorkbook, consolidate, defaultRules, makeFinding, nodeDeflate } =
  await loadWriter();
const period = { kind: "year", year: 2024 };
// Warm-up: the first write pays for loading ExcelJS and compiling, which a CLI run pays once.
await writeResultWorkbook(
  consolidate({ entries: entries(50, defaultRules, makeFinding), period }, defaultRules),
  defaultRules,
);

for (const count of COUNTS) {
  const input = { entries: entries(count, defaultRules, makeFinding), period };
  const started = performance.now();
  const result = consolidate(input, defaultRules);
  const consolidated = performance.now() - started;
  const times = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const bytes = await writeResultWorkbook(result, defaultRules, { deflate: nodeDeflate });
    times.push(performance.now() - t0);
    size = bytes.length;
  }
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${String(count).padStart(5)} units: consolidate ${consolidated.toFixed(0).padStart(5)} ms,` +
      ` write median ${median(times).toFixed(0).padStart(5)} ms` +
      ` (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${RUNS} runs),` +
      ` ${(size / 1024).toFixed(0)} KiB, heap ${heap.toFixed(0)} MiB`,
  );
}
