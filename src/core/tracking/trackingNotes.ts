import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import type { TrackState } from "./types";

/**
 * The notes that tell staff what to chase about a unit (the sheet's Ghi chú, the lines of
 * `cdvc track`): for a late report its date and the deadline (from its `report.late`
 * finding), for a unit kept out the number of errors and the first one's message, the name
 * the report gives when it differs from the list's, and the unit's other files not used. A
 * file whose unit could not be read is given as `{ state: "errors", findings }`.
 *
 * @example
 * trackingNotes({ state: "late", findings: [late], submittedName: "Công đoàn Sở Y tế" })
 * // ["Ngày báo cáo 20/01/2025, sau hạn 15/01/2025", "Tên trong báo cáo: Công đoàn Sở Y tế"]
 */
export function trackingNotes(
  unit: {
    readonly state: TrackState;
    readonly findings: readonly Finding[];
    readonly submittedName?: string | null;
    readonly otherFiles?: readonly string[];
  },
  lang: Lang = "vi",
): string[] {
  const notes: string[] = [];
  const late = unit.findings.find((f) => f.code === "report.late");
  if (unit.state === "late" && late) {
    notes.push(
      text("tracking.note.late", lang, {
        date: String(late.params?.date ?? ""),
        deadline: String(late.params?.deadline ?? ""),
      }),
    );
  }
  const errors = unit.findings.filter((f) => f.severity === "error");
  if (unit.state === "errors" && errors.length > 0) {
    notes.push(
      text("tracking.note.errors", lang, { count: errors.length, message: errors[0]!.message }),
    );
  }
  if (unit.submittedName) {
    notes.push(text("tracking.note.name-differs", lang, { name: unit.submittedName }));
  }
  if (unit.otherFiles && unit.otherFiles.length > 0) {
    notes.push(text("tracking.note.also-received", lang, { files: unit.otherFiles.join(", ") }));
  }
  return notes;
}
