import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatOutcomes, formatTotal } from "../printFindings";
import { batchOptions, parseCommandArgs } from "../options";
import { readInputs } from "../readInputs";
import { writeOutput } from "../outputFile";
import { UsageError } from "../usageError";

/** `cdvc validate <folder|files…>`: exit 0 when no file has an error, 1 when some do. */
export async function validateCommand(args: string[], lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...batchOptions,
      json: { type: "string" },
    },
    lang,
  );
  if (positionals.length === 0) throw new UsageError(text("cli.no-inputs", lang));
  const batch = await readInputs(positionals, {
    config: values.config,
    period: values.period,
    deadline: values.deadline,
    lang,
    // The findings and who sent each file are reported; the units' figures are not.
    values: false,
  });
  if (!batch) return 2;

  const outcomes = batch.files.map((f) => ({
    file: f.file,
    status: f.status,
    unit: f.unit ? { code: f.unit.code, name: f.unit.name } : null,
    findings: f.findings,
  }));
  const out: string[] = [];
  if (batch.expectedPeriod)
    out.push(text("cli.expected-period", lang, { period: batch.expectedPeriod }));
  for (const s of batch.skipped) {
    out.push(
      text("cli.skipped", lang, { file: s.name, reason: text(`cli.skipped.${s.reason}`, lang) }),
    );
  }
  out.push(formatOutcomes(outcomes, lang));
  out.push("");
  out.push(formatTotal(outcomes, batch.skipped.length, lang));
  process.stdout.write(out.join("\n") + "\n");

  if (values.json) {
    const json = {
      period: batch.expectedPeriod,
      files: batch.files.map((f) => ({
        file: f.file,
        status: f.status,
        unit: f.unit ? { code: f.unit.code, name: f.unit.name, period: f.unit.period } : null,
        findings: f.findings.map((x) => ({
          code: x.code,
          severity: x.severity,
          sheet: x.sheet,
          cell: x.cell,
          message: x.message,
          hint: x.hint,
        })),
      })),
      skipped: batch.skipped.map((s) => ({ file: s.name, reason: s.reason })),
    };
    await writeOutput(values.json, JSON.stringify(json, null, 2) + "\n");
    process.stderr.write(text("cli.json-written", lang, { file: values.json }) + "\n");
  }
  return batch.files.some((f) => f.status === "errors") ? 1 : 0;
}
