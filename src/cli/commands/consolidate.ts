import { consolidate, consolidationToJson, fromBatch } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { loadExcelJS } from "../../workbook/excel/loadExcelJS";
import { cacheBeside, saveCache } from "../cache/commandCache";
import { batchOptions, parseCommandArgs } from "../options";
import { exists, writeOutput } from "../outputFile";
import { readInputs, spareWorkerFor } from "../readInputs";
import { UsageError } from "../usageError";
import { inputKind } from "../periods/inputKind";
import { comparisonSheet } from "../../workbook/result/comparisonSheet";
import { formatPeriod } from "../../core/period";
import { nodeDeflate } from "../write/nodeDeflate";

/**
 * `cdvc consolidate <folder|files…> --out TongHop.xlsx`: reads and checks every file, then
 * ranks, classifies and proposes awards for the included units, writes the result workbook and
 * prints the report sentences. Exit 0 when it wrote the workbook (rejected files are part of a
 * normal result, listed in its `Kiểm tra` sheet), 2 on a usage or configuration problem.
 * `--previous F` compares with the previous period's result workbook (sheet So sánh, the
 * sentences); result workbooks of several CĐVC as inputs are added up instead (runRollup).
 */
export async function consolidateCommand(args: string[], lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: "string" },
      json: { type: "string" },
      ...batchOptions,
      force: { type: "boolean" },
      "no-cache": { type: "boolean" },
      previous: { type: "string" },
    },
    lang,
  );
  if (positionals.length === 0) throw new UsageError(text("cli.no-inputs", lang));
  if (!values.out) throw new UsageError(text("cli.missing-out", lang));
  // Refuse before hours of reading, not after: an existing result is never overwritten unasked.
  for (const target of [values.out, values.json]) {
    if (target && !values.force && (await exists(target))) {
      process.stderr.write(text("cli.out-exists", lang, { file: target }) + "\n");
      return 2;
    }
  }
  // What reads result workbooks back (and loads zod's schema of the rules they hold) is loaded
  // for a run that has some alone: `--previous`, or result workbooks as inputs (inputKind).
  const periods = values.previous ? await import("../periods/previousPeriod") : undefined;
  const previous =
    periods && values.previous
      ? await periods.readPreviousOption(values.previous, lang)
      : undefined;
  if (previous === null) return 2;
  // A check worker, for a folder of thousands, loads its code meanwhile.
  const spares = spareWorkerFor(positionals);
  await loadExcelJS();
  const writer = import("../../workbook/result");
  const batch = await readInputs(positionals, {
    config: values.config,
    period: values.period,
    deadline: values.deadline,
    lang,
    progress: true,
    outputs: [values.out, values.json],
    openCache: values["no-cache"] ? undefined : cacheBeside(values.out, lang),
    spares,
  });
  if (!batch) return 2;
  // Consolidated workbooks of several CĐVC are added up instead (issue 9, roll-up).
  const inputs = await inputKind(batch.inputs, batch.entries, lang);
  if (inputs.kind === "mixed") return 2;
  if (inputs.kind === "results") {
    const { runRollup } = await import("../periods/rollupRun");
    return runRollup(inputs.files, { ...values, out: values.out }, lang);
  }
  await saveCache(batch, lang);
  let result = consolidate(fromBatch(batch.entries, batch), batch.rules, { lang });
  const comparison =
    previous && periods && periods.compareWithPrevious(previous, result, batch.rules, lang);
  if (comparison === null) return 2;
  if (comparison) result = { ...result, sentences: [...result.sentences, ...comparison.sentences] };
  const { writeResultWorkbook } = await writer;
  const bytes = await writeResultWorkbook(result, batch.rules, {
    lang,
    deflate: nodeDeflate,
    ...(comparison ? { extraSheets: [comparisonSheet(comparison)] } : {}),
  });
  await writeOutput(values.out, bytes);

  const counts = result.units.reduce(
    (acc, u) => ({ ...acc, [u.status]: (acc[u.status] ?? 0) + 1 }),
    {} as Record<string, number>,
  );
  const lines = [
    ...batch.skipped.map((s) =>
      text("cli.skipped", lang, { file: s.name, reason: text(`cli.skipped.${s.reason}`, lang) }),
    ),
    text("cli.consolidate-summary", lang, {
      files: result.units.length,
      included: counts.included ?? 0,
      rejected: counts.rejected ?? 0,
      replaced: counts.replaced ?? 0,
      period: batch.expectedPeriod ?? "—",
    }),
    ...(previous && comparison
      ? [
          text("comparison.cli.compared", lang, {
            file: previous.source,
            period: formatPeriod(previous.period),
          }),
        ]
      : []),
    "",
    ...result.sentences,
    "",
    text("cli.workbook-written", lang, { file: values.out }),
  ];
  if (values.json) {
    await writeOutput(
      values.json,
      JSON.stringify(
        { ...consolidationToJson(result), ...(comparison ? { comparison } : {}) },
        null,
        2,
      ) + "\n",
    );
    lines.push(text("cli.json-written", lang, { file: values.json }));
  }
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}
