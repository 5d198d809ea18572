import type { Finding } from "../../core/findings/finding";
import type { BatchEntry, BatchFile, UnitHeader } from "../../core/validation";
import { copyFileNames } from "./copyFileNames";

/** What becomes of one file given to `annotate`. */
export type AnnotationPlan =
  /** No findings: nothing to send back. */
  | { readonly kind: "clean"; readonly file: string }
  /** The reader refused the file (not a workbook, damaged, too large…): its findings are listed, no copy. */
  | { readonly kind: "unreadable"; readonly file: string; readonly findings: readonly Finding[] }
  /** A marked copy named `copyName`. */
  | {
      readonly kind: "copy";
      readonly file: string;
      readonly copyName: string;
      readonly findings: readonly Finding[];
      readonly unit: { readonly code: string; readonly name: string } | null;
    };

/**
 * Decides, for every file of a checked batch in its order, whether it gets a marked copy and
 * under which name: a file with findings that the reader could open gets one, named with its
 * unit's code (see copyFileNames); a file the reader refused is only listed, since what could
 * not be read safely is never handed to ExcelJS; a file without findings gets nothing. The
 * findings are the file's own and those the batch adds to it (wrong period, a later copy, a
 * duplicate, a late report).
 *
 * @example
 * planAnnotations(batch.files, batch.entries).map((p) => p.kind) // ["copy", "clean", "unreadable"]
 */
export function planAnnotations(
  files: readonly BatchFile[],
  entries: readonly BatchEntry<UnitHeader>[],
): AnnotationPlan[] {
  const readable = new Set(entries.filter((e) => "unit" in e.result).map((e) => e.file));
  const copies = files.filter((f) => f.findings.length > 0 && readable.has(f.file));
  const names = new Map(
    copyFileNames(copies.map((f) => ({ file: f.file, unitCode: f.unit?.code || null }))).map(
      (name, i) => [copies[i]!.file, name],
    ),
  );
  return files.map((f): AnnotationPlan => {
    if (f.findings.length === 0) return { kind: "clean", file: f.file };
    const copyName = names.get(f.file);
    if (copyName === undefined) return { kind: "unreadable", file: f.file, findings: f.findings };
    const unit = f.unit ? { code: f.unit.code, name: f.unit.name } : null;
    return { kind: "copy", file: f.file, copyName, findings: f.findings, unit };
  });
}
