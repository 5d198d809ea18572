// `npm test`: build (the dist tests and the browser tests run on the built files, so they must
// never see a stale build), typecheck, lint and format check, the jest suites, then the browser
// tests. Each stage counts as one check besides the jest tests,
// and the run ends with the plain line CI reads: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: false, ...opts });
  return r.status === 0;
}

function stage(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

const bin = (name) => join("node_modules", ".bin", name);

stage("build", "npm", ["run", "--silent", "build"]);
stage("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
stage("eslint", bin("eslint"), ["."]);
stage("prettier", bin("prettier"), ["--check", "."]);

const dir = mkdtempSync(join(tmpdir(), "cdvc-jest-"));
const jestJson = join(dir, "jest.json");
const jestOk = run("jest", bin("jest"), ["--ci", "--json", `--outputFile=${jestJson}`]);
if (existsSync(jestJson)) {
  const r = JSON.parse(readFileSync(jestJson, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  if (!jestOk && r.numFailedTests + r.numRuntimeErrorTestSuites === 0) {
    failed += 1;
    failures.push("jest (exited non-zero)");
  } else if (!jestOk) failures.push("jest");
} else {
  failed += 1;
  failures.push("jest (no result)");
}
rmSync(dir, { recursive: true, force: true });

if (existsSync("playwright.config.ts")) {
  const pwJson = join(mkdtempSync(join(tmpdir(), "cdvc-pw-")), "pw.json");
  const ok = run("playwright", bin("playwright"), ["test"], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
  });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, "utf8")).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    if (!ok && !(s.unexpected > 0)) failed += 1;
  } else if (!ok) failed += 1;
  if (!ok) failures.push("playwright");
}

if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
