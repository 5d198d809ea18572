import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod, parsePeriod, type Period } from "../../core/period";
import { termReport } from "../../core/term";
import { collectInputs } from "../inputs";
import { parseCommandArgs } from "../options";
import { exists, writeOutput } from "../outputFile";
import { findingLines } from "../periods/findingLines";
import { readResultFiles } from "../periods/readResultFiles";
import { UsageError } from "../usageError";

/**
 * `cdvc term <result workbooks of the term's years…> --out NhiemKy.xlsx [--term "Nhiệm kỳ
 * 2023-2028"] [--json F] [--force]` (issue 9, "Term report"): reads back the result workbooks
 * of the term's years, adds them up over the term, writes the term workbook (and the JSON when
 * asked) and prints the sentences for the congress report. A folder means every result
 * workbook in it. Exit 0 when it wrote the workbook (warnings printed), 2 when a workbook cannot
 * be used or a year cannot count (every reason printed) or on a usage problem.
 */
export async function termCommand(args: string[], lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: "string" },
      json: { type: "string" },
      term: { type: "string" },
      force: { type: "boolean" },
    },
    lang,
  );
  if (positionals.length === 0) throw new UsageError(text("term.cli.no-inputs", lang));
  if (!values.out) throw new UsageError(text("cli.missing-out", lang));
  const term = values.term === undefined ? undefined : parseTerm(values.term, lang);
  for (const target of [values.out, values.json]) {
    if (target && !values.force && (await exists(target))) {
      process.stderr.write(text("cli.out-exists", lang, { file: target }) + "\n");
      return 2;
    }
  }
  const inputs = await collectInputs(positionals);
  if (inputs.missing.length > 0 || inputs.files.length === 0) {
    const named = inputs.missing.map((m) => `'${m}'`).join(", ");
    const reason = text("term.cli.no-inputs", lang);
    throw new UsageError(named ? `${named}: ${reason}` : reason);
  }
  const writer = import("../../workbook/result/termWorkbook");
  const { results, findings } = await readResultFiles(inputs.files, lang);
  const report = termReport(results, { ...(term ? { term } : {}), lang });
  const problems = [...findings, ...report.findings];
  if (report.years.length === 0 || problems.some((f) => f.severity === "error")) {
    process.stderr.write(
      [text("term.cli.cannot", lang), ...findingLines(problems, lang)].join("\n") + "\n",
    );
    return 2;
  }
  const { writeTermWorkbook } = await writer;
  await writeOutput(values.out, await writeTermWorkbook(report, { lang }));
  const lines = [
    ...findingLines(problems, lang),
    text("term.cli.summary", lang, {
      term: formatPeriod(report.term),
      years: report.years.length,
      list: report.years.map((y) => formatPeriod(y.period)).join(", "),
    }),
    "",
    ...report.sentences,
    "",
    text("cli.workbook-written", lang, { file: values.out }),
  ];
  if (values.json) {
    await writeOutput(values.json, JSON.stringify(report, null, 2) + "\n");
    lines.push(text("cli.json-written", lang, { file: values.json }));
  }
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

function parseTerm(value: string, lang: Lang): Extract<Period, { kind: "term" }> {
  const period = parsePeriod(value);
  if (period?.kind !== "term") throw new UsageError(text("term.cli.bad-term", lang));
  return period;
}
