import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { annotationKind, cellKey, fillOf, fillProperties, loadComments } from "./cellAnnotations";
import { clearMarks } from "./clearMarks";
import {
  MARK_COLORS,
  MARKS_SETTING,
  markRecordText,
  parseMarkRecord,
  type CellMark,
  type MarkRecord,
} from "./markRecord";
import { markTargets } from "./markTargets";

/** What `markFindings` did. */
export interface MarkResult {
  /** Cells filled. */
  readonly marked: number;
  /** Cells that got a note (or a comment) listing their findings; a cell with its own keeps it. */
  readonly annotated: number;
  /** Findings with no cell to mark: about a whole sheet or table, or on a sheet that is gone. */
  readonly unplaced: number;
}

export interface MarkOptions {
  /** The language of the note's heading and severities (the findings bring their own messages). */
  readonly lang?: Lang;
}

/**
 * Marks the cells the findings point at in the open workbook: a light red fill for a cell with
 * an error, light yellow for one with only warnings, and a note (a comment where Excel has no
 * notes yet) listing the findings. What each cell looked like before — its fill, whether the
 * note was ours — is kept in the workbook's settings, so `unmarkFindings` restores exactly
 * that, even after the pane or the workbook was closed. Marks from an earlier call are undone
 * first: the marks always show the latest check.
 *
 * @example
 * const { findings } = validateWorkbook(await readReportGrid(context), file, rules);
 * const { marked } = await markFindings(context, findings, { lang: "vi" });
 */
export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: MarkOptions = {},
): Promise<MarkResult> {
  const lang = options.lang ?? "vi";
  const settings = context.workbook.settings;
  const setting = settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const previous = setting.isNullObject ? null : parseMarkRecord(setting.value);
  const { targets, unplaced } = markTargets(findings, sheetNames, lang);
  if (previous)
    await clearMarks(context, previous, sheetNames, targets.length === 0 ? setting : null);
  if (targets.length === 0) return { marked: 0, annotated: 0, unplaced };

  const kind = annotationKind();
  const properties = fillProperties();
  const probes = targets.map((target) => {
    const worksheet = worksheets.getItem(target.sheet);
    const range = worksheet.getRange(target.cell);
    range.format.fill.load(properties);
    const note = kind === "note" ? worksheet.notes.getItemOrNullObject(target.cell) : null;
    return { target, worksheet, range, note };
  });
  let commented = new Set<string>();
  if (kind === "comment") {
    commented = (
      await loadComments(
        context,
        targets.map((target) => target.sheet),
      )
    ).cells;
  } else await context.sync();

  const added: Array<{ mark: CellMark; comment: Excel.Comment | null }> = [];
  for (const { target, worksheet, range, note } of probes) {
    const ours = MARK_COLORS[target.severity];
    const before = fillOf(range.format.fill, properties);
    range.format.fill.color = ours;
    const ownNote = kind === "note" ? note !== null && !note.isNullObject : false;
    const ownComment = kind === "comment" && commented.has(cellKey(target.sheet, target.cell));
    let comment: Excel.Comment | null = null;
    let noted = false;
    if (kind === "note" && !ownNote) {
      worksheet.notes.add(range, target.note);
      noted = true;
    } else if (kind === "comment" && !ownComment) {
      comment = context.workbook.comments.add(range, target.note);
      comment.load("id");
    }
    const mark = {
      sheet: target.sheet,
      cell: target.cell,
      ours,
      before,
      note: noted,
      commentId: null,
    };
    added.push({ mark, comment });
  }
  if (added.some(({ comment }) => comment !== null)) await context.sync();

  const record: MarkRecord = {
    version: 1,
    cells: added.map(({ mark, comment }) => ({ ...mark, commentId: comment?.id ?? null })),
  };
  settings.add(MARKS_SETTING, markRecordText(record));
  await context.sync();
  return {
    marked: record.cells.length,
    annotated: record.cells.filter((mark) => mark.note || mark.commentId !== null).length,
    unplaced,
  };
}
