import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { defaultRules, rulesToJson } from "../../core/rules";
import { parseCommandArgs } from "../options";
import { exists, writeOutput } from "../outputFile";

/** `cdvc rules [--out rules.json] [--force]`: the default rules, to edit and pass as --config. */
export async function rulesCommand(args: string[], lang: Lang): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    { out: { type: "string" }, force: { type: "boolean" } },
    lang,
  );
  const json = rulesToJson(defaultRules);
  if (!values.out) {
    process.stdout.write(json.endsWith("\n") ? json : json + "\n");
    return 0;
  }
  if (!values.force && (await exists(values.out))) {
    process.stderr.write(text("cli.out-exists", lang, { file: values.out }) + "\n");
    return 2;
  }
  await writeOutput(values.out, json);
  process.stderr.write(text("cli.rules-written", lang, { file: values.out }) + "\n");
  return 0;
}
