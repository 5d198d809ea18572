import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";

/**
 * Findings about whole workbooks (a previous period, a term's years, a roll-up's sources) as
 * the CLI prints them: one line each, with its severity, the message and how to fix it.
 */
export function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  return findings.map(
    (f) =>
      `  ${text(`cli.severity.${f.severity}`, lang)}: ${f.message}${f.hint ? ` ${f.hint}` : ""}`,
  );
}
