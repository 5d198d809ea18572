// Times the custom functions as Excel calls them (ranges as 2-D arrays, omitted optionals as
// null): RANK_CDCS spilling 20,000 ranks, with and without clusters, and ATTAINMENT over
// 100,000 cells. Run on demand: `node bench/functions.bench.mjs`. It bundles
// src/functions/functions.ts in memory with esbuild, so it measures the current source.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const RUNS = 9;
const root = fileURLToPath(new URL("..", import.meta.url));

// The functions and the tests' stand-in for what Excel's runtime defines before they run.
async function loadFunctions() {
  const bundle = await build({
    stdin: {
      contents: [
        'export * from "./src/functions/functions.ts";',
        'export { installFakeCustomFunctions } from "./src/functions/fakeCustomFunctions.ts";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
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

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(label, run) {
  run(); // warm-up: the first call pays for compilation, which Excel pays once too
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  console.log(
    `${label.padEnd(44)} median ${median(times).toFixed(1).padStart(7)} ms` +
      `  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs)`,
  );
}

const { attainment, rankCdcs, installFakeCustomFunctions } = await loadFunctions();
installFakeCustomFunctions();
const random = seeded(2024);

const scores = Array.from({ length: 20000 }, () => [Math.round(random() * 10000) / 100]);
const clusters = Array.from({ length: 20000 }, (_, i) => [`Cụm ${(i % 12) + 1}`]);
time("RANK_CDCS 20,000 rows", () => rankCdcs(scores, scores, null, null));
time("RANK_CDCS 20,000 rows, 12 clusters", () => rankCdcs(scores, scores, clusters, clusters));

const actual = Array.from({ length: 10000 }, () =>
  Array.from({ length: 10 }, () => Math.floor(random() * 300)),
);
const target = Array.from({ length: 10000 }, () =>
  Array.from({ length: 10 }, () => Math.floor(random() * 100)),
);
const actualText = actual.map((row) => row.map((n) => `${n},5`));
time("ATTAINMENT 100,000 cells (numbers)", () => attainment(actual, target, null));
time('ATTAINMENT 100,000 cells (text "n,5")', () => attainment(actualText, target, null));
time('ATTAINMENT 100,000 cells, "lower"', () => attainment(actual, target, [["lower"]]));
