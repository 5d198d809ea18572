import { z } from "zod";

/** The workbook setting that remembers what `markFindings` changed, until `unmarkFindings`. */
export const MARKS_SETTING = "cdvc.marks";

/** The fills of marked cells: light red for errors, light yellow for warnings (Excel's Bad and Neutral). */
export const MARK_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

const FillSchema = z.object({
  color: z.string().nullable(),
  /** Null where Excel cannot tell (before ExcelApi 1.9). */
  pattern: z.string().nullable(),
  patternColor: z.string().nullable(),
});

const MarkSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  /** The colour the mark filled the cell with. */
  ours: z.string(),
  /** The cell's fill before the mark. */
  before: FillSchema,
  /** Whether the mark added the cell's note. */
  note: z.boolean(),
  /** The comment the mark added (where notes are not available), if any. */
  commentId: z.string().nullable(),
});

const MarkRecordSchema = z.object({
  version: z.literal(1),
  cells: z.array(MarkSchema),
});

/** A cell's fill as read and restored. */
export type CellFill = z.infer<typeof FillSchema>;
/** One marked cell: where, what it looked like before, and what the mark added. */
export type CellMark = z.infer<typeof MarkSchema>;
/** Every cell the last `markFindings` marked. */
export type MarkRecord = z.infer<typeof MarkRecordSchema>;

/**
 * The record as kept in the setting: JSON text, so it reads back the same whatever the host
 * does with structured setting values.
 *
 * @example
 * markRecordText({ version: 1, cells: [] }) // '{"version":1,"cells":[]}'
 */
export function markRecordText(record: MarkRecord): string {
  return JSON.stringify(record);
}

/**
 * The record kept in the workbook's settings, if it is one this version wrote; anything else
 * (a setting edited by hand, a newer version's) is no record, so nothing is restored from it.
 *
 * @example
 * parseMarkRecord('{"version":1,"cells":[]}') // { version: 1, cells: [] }
 * parseMarkRecord("garbage") // null
 */
export function parseMarkRecord(value: unknown): MarkRecord | null {
  let json = value;
  if (typeof value === "string") {
    try {
      json = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = MarkRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
