// `npm run fuzz -- [--count 20000] [--seed N] [--only I]`: the fuzzer of test/fuzz/runFuzz.ts
// on as many seeded random mutations as asked (default 5,000; the test suite runs 500), with
// the same promises checked. It prints the damage done by kind, the findings it led to, the
// slowest file, and every problem with the seed and index that replay it; exit 1 on a problem.
import { parseArgs } from "node:util";
import { importSource } from "../../bench/bundle.mjs";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "5000" },
    seed: { type: "string" },
    only: { type: "string" },
    "time-limit": { type: "string", default: "2000" },
  },
});
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const count = Number(values.count);
const only = values.only === undefined ? undefined : Number(values.only);

const { runFuzz, fuzzWorkbooks, fuzzRules, FUZZ_PERIOD } = await importSource([
  'export { runFuzz } from "./test/fuzz/runFuzz";',
  'export { fuzzWorkbooks, fuzzRules, FUZZ_PERIOD } from "./test/fuzz/fuzzWorkbooks";',
]);
const { bases, beside } = await fuzzWorkbooks();
const total = only === undefined ? count : 1;
console.log(`fuzz: seed ${seed}, ${total} case(s)`);
const started = performance.now();
const report = runFuzz({
  seed,
  count,
  only,
  bases,
  beside,
  rules: fuzzRules,
  period: FUZZ_PERIOD,
  timeLimitMs: Number(values["time-limit"]),
  onCase: (done) => {
    if (done % 1000 === 0) console.log(`  … ${done}/${total}`);
  },
});
const seconds = (performance.now() - started) / 1000;
const table = (record) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`)
    .join("\n");
console.log(`\n${report.cases} cases in ${seconds.toFixed(1)} s`);
console.log(`\nmutations:\n${table(report.byMutation)}`);
console.log(`\nfirst finding of each damaged file:\n${table(report.byFirstCode)}`);
console.log(
  `\nslowest: case ${report.slowest.index} (${report.slowest.mutation}) ${report.slowest.ms.toFixed(0)} ms`,
);
if (report.problems.length === 0) {
  console.log("\nno problem");
} else {
  console.log(`\n${report.problems.length} problem(s):`);
  for (const p of report.problems) {
    console.log(`  --seed ${p.seed} --only ${p.index} (${p.mutation}): ${p.problem}`);
  }
  process.exitCode = 1;
}
