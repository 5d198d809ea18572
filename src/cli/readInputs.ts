import { readFile } from "node:fs/promises";
import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import type { Rules } from "../core/rules";
import { validateBatch, type BatchEntry, type BatchValidation } from "../core/validation";
import { checkWorkbook, isTooLarge, tooLargeEntry } from "../workbook/checkWorkbook";
import { collectInputs, type SkippedFile } from "./inputs";
import { printConfigProblem } from "./printConfigProblem";
import { loadRulesOption } from "./rulesOption";
import { UsageError } from "./usageError";

export interface ReadInputsOptions {
  readonly config?: string;
  readonly period?: string;
  readonly deadline?: string;
  readonly lang: Lang;
  /** Show "files done / total" on stderr while reading. */
  readonly progress?: boolean;
}

export interface ReadBatch extends BatchValidation {
  readonly rules: Rules;
  readonly entries: BatchEntry[];
  readonly skipped: SkippedFile[];
}

/**
 * What `validate` and `consolidate` share: the rules (defaults or `--config`), every input file
 * read and checked, and the checks across files. Null when the configuration cannot be used
 * (its findings are printed); a path that names nothing is a usage error.
 */
export async function readInputs(
  paths: readonly string[],
  options: ReadInputsOptions,
): Promise<ReadBatch | null> {
  const { lang } = options;
  const { rules, findings } = await loadRulesOption(options.config, lang);
  if (!rules) {
    printConfigProblem(options.config ?? "", findings, lang);
    return null;
  }
  const inputs = await collectInputs(paths);
  if (inputs.missing.length > 0) {
    throw new UsageError(
      inputs.missing.map((m) => `'${m}': ${text("cli.no-inputs", lang)}`).join("; "),
    );
  }
  const entries: BatchEntry[] = [];
  const total = inputs.files.length;
  const showProgress = options.progress === true && total > 0;
  for (const [i, input] of inputs.files.entries()) {
    if (isTooLarge(input.size, rules)) {
      entries.push(tooLargeEntry(input.name, input.size, rules, lang));
    } else {
      const bytes = new Uint8Array(await readFile(input.path));
      entries.push(checkWorkbook(bytes, input.name, rules, lang));
    }
    if (showProgress) {
      process.stderr.write(`\r${text("cli.progress", lang, { done: i + 1, total })}`);
    }
  }
  if (showProgress) process.stderr.write("\n");
  const batch = validateBatch(entries, rules, {
    period: options.period,
    deadline: options.deadline,
    lang,
  });
  return { ...batch, rules, entries, skipped: inputs.skipped };
}
