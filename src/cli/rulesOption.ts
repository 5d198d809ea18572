import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/format";
// The defaults straight from their module, and the parser only for a --config: the rules'
// schema (zod and its objects) takes 30 ms to build, a fifth of a command's start-up.
import { defaultRules } from "../core/rules/defaultRules";
import type { Rules } from "../core/rules/schema";

/** The rules a command runs with: the defaults, or a `--config` file checked like a report. */
export async function loadRulesOption(
  path: string | undefined,
  lang: Lang,
): Promise<{ rules: Rules | null; findings: Finding[] }> {
  if (!path) return { rules: defaultRules, findings: [] };
  const content = await readFile(path, "utf8").catch(() => null);
  if (content === null) return { rules: null, findings: [] };
  const { parseRulesText } = await import("../core/rules/parseRules");
  return parseRulesText(content, basename(path), lang);
}
