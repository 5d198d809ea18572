import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { parseCommandArgs } from "../options";
import { exists, writeOutput } from "../outputFile";
import { loadRulesOption } from "../rulesOption";
import { printConfigProblem } from "../printConfigProblem";
import { UsageError } from "../usageError";

/** `cdvc template --out mau.xlsx [--unit … --name … --period … --cluster …]`. */
export async function templateCommand(args: string[], lang: Lang): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      out: { type: "string" },
      unit: { type: "string" },
      name: { type: "string" },
      period: { type: "string" },
      cluster: { type: "string" },
      founded: { type: "string" },
      config: { type: "string" },
      force: { type: "boolean" },
    },
    lang,
  );
  if (!values.out) throw new UsageError(text("cli.missing-out", lang));
  const { rules, findings } = await loadRulesOption(values.config, lang);
  if (!rules) return printConfigProblem(values.config ?? "", findings, lang);
  if (!values.force && (await exists(values.out))) {
    process.stderr.write(text("cli.out-exists", lang, { file: values.out }) + "\n");
    return 2;
  }
  const { writeTemplate } = await import("../../workbook/template");
  const bytes = await writeTemplate(rules, {
    unitCode: values.unit,
    unitName: values.name,
    period: values.period,
    cluster: values.cluster,
    founded: values.founded,
    lang,
  });
  await writeOutput(values.out, bytes);
  process.stderr.write(text("cli.template-written", lang, { file: values.out }) + "\n");
  return 0;
}
