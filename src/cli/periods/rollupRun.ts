import { basename, extname } from "node:path";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod, parsePeriod } from "../../core/period";
import { rollup } from "../../core/rollup";
import type { InputFile } from "../inputs";
import { writeOutput } from "../outputFile";
import { printConfigProblem } from "../printConfigProblem";
import { loadRulesOption } from "../rulesOption";
import { UsageError } from "../usageError";
import { findingLines } from "./findingLines";
import { readResultFiles } from "./readResultFiles";

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
