import type { Finding, Severity } from "../../core/findings/finding";
import { fromA1, toA1 } from "../../core/grid/address";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { sheetNameKey } from "./sheetNames";

/** One cell to mark: the worst severity of its findings, and the note that lists them. */
export interface MarkTarget {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  /** The cell's A1 address, without `$`. */
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
}

/**
 * The cells a set of findings points at, one per cell (several findings on a cell share it,
 * an error outweighing a warning), in the order the findings first name them. Findings with
 * no cell (a missing sheet, table or row) or on a sheet the workbook does not have cannot be
 * marked, and are counted as unplaced.
 *
 * @example
 * markTargets([notANumberAtF14], ["BaoCao", "ChamDiem"], "vi")
 * // { targets: [{ sheet: "BaoCao", cell: "F14", severity: "error", note: "CĐVC Thi đua – …" }], unplaced: 0 }
 */
export function markTargets(
  findings: readonly Finding[],
  sheetNames: readonly string[],
  lang: Lang,
): { targets: MarkTarget[]; unplaced: number } {
  const sheets = new Map(sheetNames.map((name) => [sheetNameKey(name), name]));
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  let unplaced = 0;
  for (const finding of findings) {
    const sheet = finding.sheet === null ? undefined : sheets.get(sheetNameKey(finding.sheet));
    const at = finding.cell === null ? null : fromA1(finding.cell);
    if (sheet === undefined || at === null) {
      unplaced++;
      continue;
    }
    const cell = toA1(at.row, at.col);
    const key = `${sheetNameKey(sheet)}!${cell}`;
    const entry = byCell.get(key) ?? { sheet, cell, findings: [] };
    entry.findings.push(finding);
    byCell.set(key, entry);
  }
  const targets = [...byCell.values()].map(({ sheet, cell, findings: onCell }) => ({
    sheet,
    cell,
    severity: onCell.some((f) => f.severity === "error")
      ? ("error" as const)
      : ("warning" as const),
    note: noteText(onCell, lang),
  }));
  return { targets, unplaced };
}

function noteText(findings: readonly Finding[], lang: Lang): string {
  const lines = findings.map((finding) => {
    const severity = text(
      finding.severity === "error" ? "result.severity.error" : "result.severity.warning",
      lang,
    );
    return `${severity}: ${finding.message} ${finding.hint}`.trim();
  });
  return [text("excel.mark.note-title", lang), ...lines].join("\n");
}
