import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";

/** One file's outcome as the CLI prints it. */
export interface FileOutcome {
  readonly file: string;
  readonly status: "ok" | "warnings" | "errors";
  readonly unit: { readonly code: string; readonly name: string } | null;
  readonly findings: readonly Finding[];
}

/**
 * A readable table grouped by file: a heading per file, then one line per finding with sheet,
 * cell, severity, the message and how to fix it. Files without findings get their heading only.
 */
export function formatOutcomes(outcomes: readonly FileOutcome[], lang: Lang): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    const errors = o.findings.filter((f) => f.severity === "error").length;
    const warnings = o.findings.length - errors;
    lines.push(
      text("cli.file-heading", lang, {
        file: o.file,
        status: text(`cli.status.${o.status}`, lang),
        errors,
        warnings,
        unit: o.unit ? ` — ${o.unit.code} ${o.unit.name}` : "",
      }),
    );
    const sheetWidth = Math.max(5, ...o.findings.map((f) => (f.sheet ?? "").length));
    const cellWidth = Math.max(4, ...o.findings.map((f) => (f.cell ?? "").length));
    const severityWidth = Math.max(
      text("cli.severity.error", lang).length,
      text("cli.severity.warning", lang).length,
    );
    for (const f of o.findings) {
      const severity = text(`cli.severity.${f.severity}`, lang);
      lines.push(
        `  ${(f.sheet ?? "—").padEnd(sheetWidth)}  ${(f.cell ?? "—").padEnd(cellWidth)}  ${severity.padEnd(severityWidth)}  ${f.message}${f.hint ? ` ${f.hint}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}

/** The one-line total. */
export function formatTotal(outcomes: readonly FileOutcome[], skipped: number, lang: Lang): string {
  const count = (s: FileOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  return text("cli.validate-total", lang, {
    files: outcomes.length,
    ok: count("ok"),
    warnings: count("warnings"),
    errors: count("errors"),
    skipped: skipped > 0 ? text("cli.skipped-count", lang, { n: skipped }) : "",
  });
}
