import type { Cell, Comment, Fill, Worksheet } from "exceljs";
import type { Severity } from "../../core/findings/finding";
import type { CellMark } from "./cellMarks";

const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** The fills of marked cells: the pane marks cells in an open workbook with the same colours. */
export const MARK_FILLS: Readonly<Record<Severity, Fill>> = {
  error: solid("FFFFC7CE"),
  warning: solid("FFFFEB9C"),
};

/**
 * Marks one cell of a loaded workbook: its fill becomes the severity's colour and the mark's
 * note is added below any note the unit had written there. A cell inside a merged block is
 * marked on the block's top-left cell, the one Excel shows. The style is replaced, never
 * changed in place: ExcelJS gives every cell of one style the same style object, so a change
 * in place would colour every cell that shares it.
 *
 * @example
 * applyCellMark(workbook.getWorksheet("BaoCao")!, { sheet: "BaoCao", cell: "F14", severity: "error", note: "…", findings })
 */
export function applyCellMark(sheet: Worksheet, mark: CellMark): void {
  const cell = sheet.getCell(mark.cell).master;
  cell.style = { ...cell.style, fill: MARK_FILLS[mark.severity] };
  cell.note = withNote(cell.note as Cell["note"] | undefined, mark.note);
}

/** A note with text added after what it held; its rich text runs and settings are kept. */
function withNote(existing: string | Comment | undefined, added: string): string | Comment {
  if (existing === undefined || existing === "") return added;
  if (typeof existing === "string") return `${existing}\n\n${added}`;
  const texts = existing.texts ?? [];
  if (texts.length === 0) return { ...existing, texts: [{ text: added }] };
  return { ...existing, texts: [...texts, { text: `\n\n${added}` }] };
}
