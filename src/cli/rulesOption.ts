import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/format";
import { defaultRules, parseRulesText, type Rules } from "../core/rules";

/** The rules a command runs with: the defaults, or a `--config` file checked like a report. */
export async function loadRulesOption(
  path: string | undefined,
  lang: Lang,
): Promise<{ rules: Rules | null; findings: Finding[] }> {
  if (!path) return { rules: defaultRules, findings: [] };
  const content = await readFile(path, "utf8").catch(() => null);
  if (content === null) return { rules: null, findings: [] };
  return parseRulesText(content, basename(path), lang);
}
