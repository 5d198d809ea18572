import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";

/** Prints why a `--config` file cannot be used, with each finding's path; exit code 2. */
export function printConfigProblem(file: string, findings: readonly Finding[], lang: Lang): number {
  const lines = [
    text(findings.length ? "cli.config-bad" : "cli.config-unreadable", lang, { file }),
    ...findings.map((f) => `  ${f.cell ?? "—"}: ${f.message}${f.hint ? ` ${f.hint}` : ""}`),
  ];
  process.stderr.write(lines.join("\n") + "\n");
  return 2;
}
