import type { Finding } from "../../core/findings/finding";
import { fromA1 } from "../../core/grid/address";

/** The findings on one sheet (`sheet: null`: about the file or the batch as a whole). */
export interface FindingGroup {
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
}

/**
 * Findings by sheet and cell, as staff go through a workbook: what concerns the whole file
 * first, then each sheet in the order its first finding came, and within a sheet row by row,
 * left to right (a finding without a cell first). Findings at the same cell keep their order.
 *
 * @example
 * groupFindings([f14, baoCaoNoCell, d5OnChamDiem, f9]).map((g) => g.sheet) // ["BaoCao", "ChamDiem"]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const bySheet = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const group = bySheet.get(finding.sheet);
    if (group) group.push(finding);
    else bySheet.set(finding.sheet, [finding]);
  }
  const sheets = [...bySheet.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : 0));
  return sheets.map((sheet) => ({
    sheet,
    findings: [...(bySheet.get(sheet) ?? [])]
      .map((finding, order) => ({ finding, order, at: position(finding.cell) }))
      .sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col || a.order - b.order)
      .map((item) => item.finding),
  }));
}

function position(cell: string | null): { row: number; col: number } {
  // A cell that is not an A1 address (a JSON path of a config finding) keeps its place.
  return (cell !== null && fromA1(cell)) || { row: -1, col: -1 };
}
