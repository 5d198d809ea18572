import type { Finding, Severity } from "../../core/findings/finding";
import { fromA1, toA1 } from "../../core/grid/address";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";

/** One cell to mark in a copy: the worst severity of its findings and the note listing them. */
export interface CellMark {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  /** The cell's A1 address, without `$`. */
  readonly cell: string;
  readonly severity: Severity;
  /** The findings on this cell, in the order given. */
  readonly findings: readonly Finding[];
  /** The note's text: a title line, then one line per finding with its message and hint. */
  readonly note: string;
}

/**
 * The cells a file's findings point at, one mark per cell in the order the findings first name
 * them: several findings on one cell share a mark, an error outweighing a warning. A finding's
 * sheet is matched as Excel matches sheet names (ignoring case). A finding with no cell (a
 * missing sheet, table or row), an address that is not one, or a sheet the workbook does not
 * have, cannot be marked: it is returned as unplaced, to be listed only.
 *
 * @example
 * cellMarks([notANumberAtF14, textNumberAtF14], ["BaoCao", "ChamDiem"], "vi").marks
 * // [{ sheet: "BaoCao", cell: "F14", severity: "error", findings: [..2], note: "CĐVC Thi đua – …" }]
 */
export function cellMarks(
  findings: readonly Finding[],
  sheetNames: readonly string[],
  lang: Lang,
): { marks: CellMark[]; unplaced: Finding[] } {
  const sheets = new Map<string, string>();
  for (const name of sheetNames) if (!sheets.has(keyOf(name))) sheets.set(keyOf(name), name);
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  const unplaced: Finding[] = [];
  for (const finding of findings) {
    const sheet = finding.sheet === null ? undefined : sheets.get(keyOf(finding.sheet));
    const at = finding.cell === null ? null : topLeft(finding.cell);
    if (sheet === undefined || at === null) {
      unplaced.push(finding);
      continue;
    }
    const cell = toA1(at.row, at.col);
    const key = `${keyOf(sheet)}!${cell}`;
    const entry = byCell.get(key) ?? { sheet, cell, findings: [] };
    entry.findings.push(finding);
    byCell.set(key, entry);
  }
  const marks = [...byCell.values()].map(({ sheet, cell, findings: onCell }): CellMark => ({
    sheet,
    cell,
    severity: onCell.some((f) => f.severity === "error") ? "error" : "warning",
    findings: onCell,
    note: noteText(onCell, lang),
  }));
  return { marks, unplaced };
}

function keyOf(sheet: string): string {
  return sheet.toLowerCase();
}

/** A cell's address, or a range's top-left cell ("B5:G5" → B5). */
function topLeft(address: string): { row: number; col: number } | null {
  return fromA1(address.split(":")[0] ?? "");
}

function noteText(findings: readonly Finding[], lang: Lang): string {
  const lines = findings.map((f) => {
    const severity = text(`result.severity.${f.severity}`, lang);
    return `${severity}: ${f.message} ${f.hint}`.trim();
  });
  return [text("annotate.note-title", lang), ...lines].join("\n");
}
