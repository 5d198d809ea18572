import { loadComments, restoreFill, sameColor } from "./cellAnnotations";
import type { CellMark, MarkRecord } from "./markRecord";
import { sheetNameKey } from "./sheetNames";

/**
 * Undoes the marks of a record: each marked cell that still shows the mark's colour gets its
 * earlier fill back (a cell the user filled since keeps the user's fill), and the notes and
 * comments the marks added are removed (the user's own stay). Cells on sheets that are gone
 * are skipped. `setting`, when given, is deleted in the same request as the restoring. Two
 * syncs (three with comments). Returns how many cells got something back.
 *
 * @example
 * const restored = await clearMarks(context, record, ["BaoCao", "ChamDiem"], setting);
 */
export async function clearMarks(
  context: Excel.RequestContext,
  record: MarkRecord,
  sheetNames: readonly string[],
  setting: Excel.Setting | null,
): Promise<number> {
  const sheets = new Map(sheetNames.map((name) => [sheetNameKey(name), name]));
  const worksheets = context.workbook.worksheets;
  const live = record.cells.flatMap((mark) => {
    const sheet = sheets.get(sheetNameKey(mark.sheet));
    return sheet === undefined ? [] : [{ mark, sheet }];
  });

  const commentSheets = live
    .filter(({ mark }) => mark.commentId !== null)
    .map(({ sheet }) => sheet);
  const probes = live.map(({ mark, sheet }) => {
    const worksheet = worksheets.getItem(sheet);
    const range = worksheet.getRange(mark.cell);
    range.format.fill.load("color");
    const note = mark.note ? worksheet.notes.getItemOrNullObject(mark.cell) : null;
    return { mark, range, note };
  });
  // The fills, the notes' null objects and the first of the comments' loads share a request.
  let comments: Awaited<ReturnType<typeof loadComments>> | null = null;
  if (commentSheets.length > 0) comments = await loadComments(context, commentSheets);
  else await context.sync();

  let restored = 0;
  for (const { mark, range, note } of probes) {
    if (restoreMark(mark, range, note, comments?.byId)) restored++;
  }
  setting?.delete();
  await context.sync();
  return restored;
}

function restoreMark(
  mark: CellMark,
  range: Excel.Range,
  note: Excel.Note | null,
  comments: ReadonlyMap<string, Excel.Comment> | undefined,
): boolean {
  let changed = false;
  if (sameColor(range.format.fill.color, mark.ours)) {
    restoreFill(range.format.fill, mark.before);
    changed = true;
  }
  if (note && !note.isNullObject) {
    note.delete();
    changed = true;
  }
  const comment = mark.commentId === null ? undefined : comments?.get(mark.commentId);
  if (comment) {
    comment.delete();
    changed = true;
  }
  return changed;
}
