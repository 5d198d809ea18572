/**
 * The fuzzer: seeded random damage to good workbooks, each damaged file checked as the CLI and
 * the pane check it (`checkWorkbook`), and every result held to what the tool promises for any
 * file that arrives by e-mail: no exception escapes, there is a result naming the file, a file
 * without a unit says why in an error, every finding is a catalog finding with its message
 * filled in, the result survives the cache's encoding, the check ends within a time bound, and
 * the good files checked beside the damaged ones come out exactly as they do alone. Case `i` of
 * seed `s` is drawn from its own generator, so `--seed s --only i` replays it.
 */
import { findingMessages } from "../../src/core/messages/catalog";
import type { Lang } from "../../src/core/messages/format";
import type { Rules } from "../../src/core/rules";
import { validateBatch, type BatchEntry } from "../../src/core/validation";
import { decodeEntry, encodeEntry } from "../../src/cli/cache/entryCodec";
import { slimEntry } from "../../src/cli/read/slimEntry";
import { checkWorkbook } from "../../src/workbook/checkWorkbook";
import { mulberry32 } from "../support/mulberry32";
import { pick, RANDOM_MUTATIONS } from "./mutations";

/** A good workbook and its name. */
export interface NamedWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** Replay one case only. */
  readonly only?: number;
  /** Workbooks to damage. */
  readonly bases: readonly NamedWorkbook[];
  /** Good workbooks checked beside the damaged ones (other units than the bases). */
  readonly beside: readonly NamedWorkbook[];
  readonly rules: Rules;
  /** The period the batch is checked against, so that damaged files cannot move it. */
  readonly period: string;
  readonly lang?: Lang;
  /** The most one file may take to check. */
  readonly timeLimitMs: number;
  /** Damaged files checked between two checks of the good ones, and batched together. */
  readonly batchSize?: number;
  readonly onCase?: (done: number) => void;
}

/** Something a case did that the tool must never do. */
export interface FuzzProblem {
  readonly seed: number;
  readonly index: number;
  readonly mutation: string;
  readonly problem: string;
}

export interface FuzzReport {
  readonly cases: number;
  readonly byMutation: Record<string, number>;
  /** The first finding of each damaged file, counted ("none" for a file that still passes). */
  readonly byFirstCode: Record<string, number>;
  readonly slowest: { readonly mutation: string; readonly index: number; readonly ms: number };
  readonly problems: FuzzProblem[];
}

/** The damaged file of case `index` of `seed`: which mutation, of which base, and its bytes. */
export function fuzzCase(
  seed: number,
  index: number,
  bases: readonly NamedWorkbook[],
): { mutation: string; name: string; bytes: Uint8Array } {
  const random = mulberry32((Math.imul(seed, 0x9e3779b1) + index) >>> 0);
  const mutation = pick(random, RANDOM_MUTATIONS);
  const base = pick(random, bases);
  return {
    mutation: mutation.name,
    name: `fuzz-${index}-${mutation.name}.xlsx`,
    bytes: mutation.apply(base.bytes, random),
  };
}

/** What is wrong with one file's entry, if anything. */
export function entryProblems(entry: BatchEntry, file: string): string[] {
  const problems: string[] = [];
  if (entry.file !== file) problems.push(`entry names ${JSON.stringify(entry.file)}`);
  const findings = entry.result.findings;
  if (!Array.isArray(findings)) return [...problems, "no findings list"];
  const unit = entry.result.unit ?? null;
  if (!unit && !findings.some((f) => f.severity === "error")) {
    problems.push("no unit and no error saying why");
  }
  for (const f of findings) {
    if (!(f.code in findingMessages)) problems.push(`unknown finding code ${f.code}`);
    if (f.severity !== "error" && f.severity !== "warning") problems.push(`severity ${f.severity}`);
    if (f.file !== file) problems.push(`finding ${f.code} names ${JSON.stringify(f.file)}`);
    if (typeof f.message !== "string" || f.message === "" || /\{[a-zA-Z]+\}/.test(f.message)) {
      problems.push(`finding ${f.code} message ${JSON.stringify(f.message)}`);
    }
  }
  const slim = slimEntry(entry);
  try {
    if (JSON.stringify(decodeEntry(encodeEntry(slim))) !== JSON.stringify(slim)) {
      problems.push("the cache's encoding changes the entry");
    }
  } catch (error) {
    problems.push(`the cache cannot encode the entry: ${String(error)}`);
  }
  return problems;
}

/** Runs the cases and reports; it throws only on a bug of the fuzzer itself. */
export function runFuzz(options: FuzzOptions): FuzzReport {
  const { seed, rules, period, timeLimitMs } = options;
  const lang = options.lang ?? "vi";
  const batchSize = options.batchSize ?? 100;
  const byMutation: Record<string, number> = {};
  const byFirstCode: Record<string, number> = {};
  const problems: FuzzProblem[] = [];
  let slowest = { mutation: "", index: -1, ms: 0 };

  const check = (name: string, bytes: Uint8Array) => checkWorkbook(bytes, name, rules, lang);
  const besideAlone = options.beside.map((b) => check(b.name, b.bytes));
  const batchOptions = { period, lang };
  const besideBatch = validateBatch(besideAlone, rules, batchOptions).files;

  const first = options.only ?? 0;
  const end = options.only !== undefined ? options.only + 1 : options.count;
  let batch: { index: number; mutation: string; entry: BatchEntry }[] = [];
  const closeBatch = () => {
    if (batch.length === 0) return;
    // The good files again, after the damaged ones, then all of them as one batch.
    const again = options.beside.map((b) => check(b.name, b.bytes));
    const together = validateBatch(
      [again[0]!, ...batch.map((c) => slimEntry(c.entry)), ...again.slice(1)],
      rules,
      batchOptions,
    );
    const { index, mutation } = batch[0]!;
    const report = (problem: string) => problems.push({ seed, index, mutation, problem });
    if (JSON.stringify(again) !== JSON.stringify(besideAlone)) {
      report("a good file checked after damaged ones differs");
    }
    if (together.files.length !== batch.length + again.length) {
      report(`the batch lists ${together.files.length} files for ${batch.length + again.length}`);
    }
    const goods = [together.files[0]!, ...together.files.slice(batch.length + 1)];
    if (JSON.stringify(goods) !== JSON.stringify(besideBatch)) {
      report("a good file's batch result changed beside damaged ones");
    }
    batch = [];
  };

  for (let index = first; index < end; index++) {
    const { mutation, name, bytes } = fuzzCase(seed, index, options.bases);
    byMutation[mutation] = (byMutation[mutation] ?? 0) + 1;
    const report = (problem: string) => problems.push({ seed, index, mutation, problem });
    const started = performance.now();
    let entry: BatchEntry;
    try {
      entry = check(name, bytes);
    } catch (error) {
      report(`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      continue;
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { mutation, index, ms };
    if (ms > timeLimitMs) report(`took ${Math.round(ms)} ms`);
    for (const problem of entryProblems(entry, name)) report(problem);
    const code = entry.result.findings[0]?.code ?? "none";
    byFirstCode[code] = (byFirstCode[code] ?? 0) + 1;
    batch.push({ index, mutation, entry });
    if (batch.length >= batchSize) closeBatch();
    options.onCase?.(index - first + 1);
  }
  closeBatch();
  return { cases: end - first, byMutation, byFirstCode, slowest, problems };
}
