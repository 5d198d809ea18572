/**
 * Runs the built `cdvc` as a user does (`node bin/cdvc.js …`), in a child process, and reports
 * what it printed, its exit code, its wall time and its peak memory. The end-to-end tests check
 * the product from outside: nothing here imports the CLI's code.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPO = join(__dirname, "..", "..");
const BUNDLE = join(REPO, "build", "cli", "cdvc.cjs");
const BIN = join(REPO, "bin", "cdvc.js");

/** What one run of the CLI gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident memory of the CLI process, in MB. */
  readonly maxRssMB: number;
}

// The folders the CLI bundle is built from (src/taskpane and src/functions are not in it).
const CLI_SOURCES = ["cli", "core", "workbook"].map((folder) => join(REPO, "src", folder));

/**
 * Throws unless the bundle exists and is newer than every source file it is built from: the
 * tests must never pass or fail on yesterday's build.
 */
export function assertBuilt(): void {
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    throw new Error(`build/cli/cdvc.cjs is missing: run npm run build`);
  }
  const newest = CLI_SOURCES.map(newestSource).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs > built) {
    throw new Error(
      `build/cli/cdvc.cjs is older than ${newest.path}: run npm run build (npm test builds first)`,
    );
  }
}

function newestSource(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory()
      ? newestSource(path)
      : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
        ? { path, mtimeMs: statSync(path).mtimeMs }
        : null;
    if (candidate && candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

export interface Workspace {
  readonly input: string;
  readonly output: string;
  readonly remove: () => void;
}

/**
 * A temporary workspace: `input`, the folder given to the CLI (nothing else in it), and
 * `output`, beside it, for what the CLI writes. `remove` deletes both. Create it in a
 * `beforeAll`: a describe block skipped by a name filter runs no `afterAll` to remove it.
 */
export function workspace(prefix: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), `cdvc-${prefix}-`));
  const input = join(root, "in");
  const output = join(root, "out");
  mkdirSync(input);
  mkdirSync(output);
  return { input, output, remove: () => rmSync(root, { recursive: true, force: true }) };
}

// Loads bin/cdvc.js as `node bin/cdvc.js` would (the "cdvc" after `--` stands in for the
// script's path in process.argv) and records the process's peak RSS as it exits, so memory is
// measured on the real CLI process without /usr/bin/time.
const MEASURED_BIN = [
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.CDVC_RSS_FILE,",
  "  String(process.resourceUsage().maxRSS)));",
  `require(${JSON.stringify(BIN)});`,
].join("\n");

/** Runs `node bin/cdvc.js ...args` in `cwd` and waits for it to end. */
export function runCli(args: readonly string[], cwd: string = REPO): Promise<CliRun> {
  const rssFile = join(tmpdir(), `cdvc-rss-${process.pid}-${Date.now()}-${Math.random()}.txt`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", MEASURED_BIN, "--", "cdvc", ...args], {
      cwd,
      env: { ...process.env, CDVC_RSS_FILE: rssFile, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      let maxRssMB = NaN;
      try {
        maxRssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
        rmSync(rssFile, { force: true });
      } catch {
        // The process died before its exit handler ran: no measure, and the test says so.
      }
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        ms,
        maxRssMB,
      });
    });
  });
}

/** Reads a JSON file the CLI wrote. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The shape of `cdvc validate --json`. */
export interface ValidateJson {
  readonly period: string | null;
  readonly files: ReadonlyArray<{
    readonly file: string;
    readonly status: "ok" | "warnings" | "errors";
    readonly unit: { code: string; name: string; period: string | null } | null;
    readonly findings: ReadonlyArray<{
      readonly code: string;
      readonly severity: "error" | "warning";
      readonly sheet: string | null;
      readonly cell: string | null;
      readonly message: string;
      readonly hint: string;
    }>;
  }>;
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

/** The shape of `cdvc consolidate --json`. */
export interface ConsolidateJson {
  readonly units: ReadonlyArray<{
    readonly code: string | null;
    readonly name: string | null;
    readonly cluster: string | null;
    readonly file: string;
    readonly status: "included" | "rejected" | "replaced";
    readonly replacedBy?: string;
    readonly score: number | null;
    readonly rank: number | null;
    readonly clusterRank: number | null;
    readonly classification: string | null;
    readonly reason: string | null;
    readonly awards: readonly string[];
  }>;
  readonly totals: Readonly<Record<string, number>>;
  readonly attainment: Readonly<Record<string, number>>;
  readonly classificationCounts: Readonly<Record<string, number>>;
  readonly quota: { readonly limit: number | null; readonly demoted: readonly string[] };
  readonly sentences: readonly string[];
  readonly findings: ReadonlyArray<{
    readonly file: string;
    readonly sheet: string | null;
    readonly cell: string | null;
    readonly code: string;
    readonly severity: string;
    readonly message: string;
  }>;
}
