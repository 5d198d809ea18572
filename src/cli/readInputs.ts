import { readdirSync, statSync } from "node:fs";
import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import type { Rules } from "../core/rules";
import {
  validateBatch,
  type BatchEntry,
  type BatchValidation,
  type UnitHeader,
  type ValidatedUnit,
} from "../core/validation";
import type { CheckCache } from "./cache/checkCache";
import { collectInputs, type InputFile, type SkippedFile } from "./inputs";
import { printConfigProblem } from "./printConfigProblem";
import {
  checkFiles,
  spareCheckWorker,
  workersFor,
  type CheckFilesOptions,
} from "./read/checkFiles";
import type { SpareWorkers } from "./read/checkPool";
import { progressLine } from "./read/progressLine";
import { loadRulesOption } from "./rulesOption";
import { UsageError } from "./usageError";

export interface ReadInputsOptions {
  readonly config?: string;
  readonly period?: string;
  readonly deadline?: string;
  readonly lang: Lang;
  /** Show "files done / total" on stderr while reading (on a terminal only). */
  readonly progress?: boolean;
  /**
   * The cache for these rules, when the command keeps one: called once the rules are known,
   * null for none.
   */
  readonly openCache?: (rules: Rules) => Promise<CheckCache | null>;
  /** Worker threads (see checkFiles); by default as many as pay for themselves. */
  readonly workers?: number;
  /**
   * Whether the units' figures are read (see checkFiles); default true. The commands that
   * only report findings and who sent what (validate, track, annotate) set it false.
   */
  readonly values?: boolean;
  /** Work for this thread while worker threads read (see checkFiles). */
  readonly whileReading?: () => void;
  /** The command's own output files: skipped when found in an input folder. */
  readonly outputs?: readonly (string | undefined)[];
  /**
   * A check worker the command started earlier (spareCheckWorker); by default one is started
   * here (spareWorkerFor), before the rules and the folder are read. Stopped by the end if not
   * used.
   */
  readonly spares?: SpareWorkers | null;
}

export interface ReadBatch<Unit extends UnitHeader = ValidatedUnit> extends BatchValidation {
  readonly rules: Rules;
  /** Slim entries (no raw table cells), parallel to `files`. */
  readonly entries: BatchEntry<Unit>[];
  /** The files read, parallel to `entries`. */
  readonly inputs: readonly InputFile[];
  readonly skipped: SkippedFile[];
  /** The cache used (its new entries not saved yet), or null. */
  readonly cache: CheckCache | null;
  /** How many entries the cache gave. */
  readonly reused: number;
}

/**
 * What `validate` and `consolidate` share: the rules (defaults or `--config`), every input file
 * read and checked (on worker threads for thousands of files, and not at all when the cache has
 * it), and the checks across files. Null when the configuration cannot be used (its findings
 * are printed); a path that names nothing is a usage error.
 */
export async function readInputs(
  paths: readonly string[],
  options: ReadInputsOptions & { readonly values?: true },
): Promise<ReadBatch | null>;
export async function readInputs(
  paths: readonly string[],
  options: ReadInputsOptions,
): Promise<ReadBatch<UnitHeader> | null>;
export async function readInputs(
  paths: readonly string[],
  options: ReadInputsOptions,
): Promise<ReadBatch<UnitHeader> | null> {
  const spares =
    options.spares === undefined
      ? spareWorkerFor(paths, { workers: options.workers })
      : options.spares;
  try {
    return await readAndCheck(paths, { ...options, spares });
  } finally {
    spares?.dispose();
  }
}

/**
 * A check worker started ahead for reading `paths` (spareCheckWorker), or null when checkFiles
 * will read them on this thread ({@link workersFor} the entries of the folders and files named).
 */
export function spareWorkerFor(
  paths: readonly string[],
  options: Pick<CheckFilesOptions, "workers" | "workerScript"> = {},
): SpareWorkers | null {
  // An upper bound of the files to read, listed without a stat each: folders are not read
  // into, and the cache may spare some of them.
  const entries = (path: string) => {
    try {
      return statSync(path).isDirectory() ? readdirSync(path).length : 1;
    } catch {
      return 0;
    }
  };
  const files = paths.reduce((sum, path) => sum + entries(path), 0);
  return workersFor(files, options.workers) > 0 ? spareCheckWorker(options) : null;
}

async function readAndCheck(
  paths: readonly string[],
  options: ReadInputsOptions,
): Promise<ReadBatch<UnitHeader> | null> {
  const { lang } = options;
  const { rules, findings } = await loadRulesOption(options.config, lang);
  if (!rules) {
    printConfigProblem(options.config ?? "", findings, lang);
    return null;
  }
  const inputs = await collectInputs(paths, { outputs: options.outputs });
  if (inputs.missing.length > 0) {
    throw new UsageError(
      inputs.missing.map((m) => `'${m}': ${text("cli.no-inputs", lang)}`).join("; "),
    );
  }
  const cache = options.openCache ? await options.openCache(rules) : null;
  const progress = options.progress ? progressLine(lang) : null;
  const { entries, reused } = await checkFiles(inputs.files, {
    rules,
    lang,
    values: options.values,
    cache,
    workers: options.workers,
    whileReading: options.whileReading,
    spares: options.spares,
    onProgress: progress?.update,
  });
  progress?.end();
  const batch = validateBatch(entries, rules, {
    period: options.period,
    deadline: options.deadline,
    lang,
  });
  return { ...batch, rules, entries, inputs: inputs.files, skipped: inputs.skipped, cache, reused };
}
