import { basename, extname } from "node:path";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod, parsePeriod } from "../../core/period";
import { rollup } from "../../core/rollup";
import type { BatchEntry } from "../../core/validation";
import type { InputFile } from "../inputs";
import { writeOutput } from "../outputFile";
import { printConfigProblem } from "../printConfigProblem";
import { loadRulesOption } from "../rulesOption";
import { UsageError } from "../usageError";
import { findingLines } from "./findingLines";
import { isResultFile, readResultFiles } from "./readResultFiles";

const SNIFF_BATCH = 16;

/**
 * What the inputs of `cdvc consolidate` are, once read as units' reports: reports (the usual
 * consolidation), result workbooks of several CĐVC (a roll-up), or a mix of both, which cannot
 * be consolidated together. A result workbook has none of the form's sheets, so only the files
 * whose check found `form.sheet-missing` are opened again to look for the mark: a batch of
 * reports costs nothing more.
 */
export async function inputKind(
  inputs: readonly InputFile[],
  entries: readonly BatchEntry[],
  lang: Lang,
): Promise<{ kind: "reports" } | { kind: "results"; files: InputFile[] } | { kind: "mixed" }> {
  const candidates = inputs.filter((_, k) =>
    entries[k]?.result.findings.some((f) => f.code === "form.sheet-missing"),
  );
  const results: InputFile[] = [];
  // A few files at a time keep the disk busy.
  for (let start = 0; start < candidates.length; start += SNIFF_BATCH) {
    const batch = candidates.slice(start, start + SNIFF_BATCH);
    const kinds = await Promise.all(batch.map(isResultFile));
    batch.forEach((file, k) => kinds[k] && results.push(file));
  }
  if (results.length === 0) return { kind: "reports" };
  if (results.length === inputs.length) return { kind: "results", files: results };
  const isResult = new Set(results);
  const other = inputs.find((file) => !isResult.has(file))!;
  const finding = makeFinding(
    "rollup.mixed-inputs",
    { file: "" },
    {
      consolidated: results.length,
      example: results[0]!.name,
      reports: inputs.length - results.length,
      other: other.name,
    },
    lang,
  );
  process.stderr.write(findingLines([finding], lang).join("\n") + "\n");
  return { kind: "mixed" };
}

/** The options of `cdvc consolidate` a roll-up uses. */
export interface RollupOptions {
  readonly out: string;
  readonly json?: string;
  readonly config?: string;
  readonly period?: string;
  readonly previous?: string;
}

/**
 * `cdvc consolidate` on result workbooks of several CĐVC (issue 9, "Roll-up"): reads them back,
 * adds them up (rollup), writes the roll-up workbook (and the JSON when asked) and prints the
 * sentences. The indicators are those of `--config` when given, else the first workbook's;
 * `--period` is the period every workbook must be of. Exit 0 when it wrote the workbook, 2 when
 * a workbook cannot be used or they cannot be added up (every reason printed).
 */
export async function runRollup(
  files: readonly InputFile[],
  options: RollupOptions,
  lang: Lang,
): Promise<number> {
  if (options.previous) throw new UsageError(text("rollup.cli.no-previous", lang));
  const period = options.period === undefined ? undefined : parsePeriod(options.period);
  if (period === null) throw new UsageError(text("rollup.cli.bad-period", lang));
  const config = options.config ? await loadRulesOption(options.config, lang) : null;
  if (config && !config.rules)
    return printConfigProblem(options.config ?? "", config.findings, lang);

  const writer = import("../../workbook/result/rollupWorkbook");
  // A CĐVC is named by its file: the workbooks themselves do not hold the CĐVC's name.
  const { results, findings } = await readResultFiles(files, lang, (f) =>
    basename(f.name, extname(f.name)),
  );
  const result = rollup(results, {
    ...(config?.rules ? { indicators: config.rules.indicators } : {}),
    ...(period ? { period } : {}),
    lang,
  });
  const problems = [...findings, ...result.findings];
  if (problems.some((f) => f.severity === "error")) {
    process.stderr.write(
      [text("rollup.cli.cannot", lang), ...findingLines(problems, lang)].join("\n") + "\n",
    );
    return 2;
  }
  const { writeRollupWorkbook } = await writer;
  await writeOutput(options.out, await writeRollupWorkbook(result, { lang }));
  const lines = [
    ...findingLines(problems, lang),
    text("rollup.cli.summary", lang, {
      sources: result.sources.length,
      period: result.period ? formatPeriod(result.period) : "—",
      units: result.units,
    }),
    "",
    ...result.sentences,
    "",
    text("cli.workbook-written", lang, { file: options.out }),
  ];
  if (options.json) {
    await writeOutput(options.json, JSON.stringify(result, null, 2) + "\n");
    lines.push(text("cli.json-written", lang, { file: options.json }));
  }
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}
