/** What a marked copy is named after: the unit's code, or the original file when it has none. */
export interface CopySource {
  /** The file's name as given (a base name or a path). */
  readonly file: string;
  /** The unit code the file declares; null when it could not be read. */
  readonly unitCode: string | null;
}

const SUFFIX = "-kiem-tra";
const EXTENSION = ".xlsx";
// Long enough for any unit code or report file name, short enough for every file system.
const MAX_STEM = 80;

/**
 * The file names of the marked copies, one per source, in the same order: `<code>-kiem-tra.xlsx`,
 * or `<original base name>-kiem-tra.xlsx` when the unit code is unknown. A unit code comes from
 * a submission, so it is reduced to letters, digits, `_`, `.` and `-` before it names a file: a
 * code such as `../../x` or `CON:` can never leave the output folder or name a device. Names
 * that would coincide (two copies from one unit, or names that differ only in case, which
 * Windows and macOS treat as one file) get `-2`, `-3`, … in the order given.
 *
 * @example
 * copyFileNames([
 *   { file: "CD008.xlsx", unitCode: "CD008" },
 *   { file: "CD008 gửi lại.xlsx", unitCode: "CD008" },
 *   { file: "bao cao.xlsx", unitCode: null },
 * ]) // ["CD008-kiem-tra.xlsx", "CD008-kiem-tra-2.xlsx", "bao_cao-kiem-tra.xlsx"]
 */
export function copyFileNames(sources: readonly CopySource[]): string[] {
  const taken = new Set<string>();
  return sources.map((source) => {
    const stem = safeStem(source.unitCode ?? "") || safeStem(baseStem(source.file)) || "bao-cao";
    let name = `${stem}${SUFFIX}${EXTENSION}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = `${stem}${SUFFIX}-${n}${EXTENSION}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The last part of a path (either separator), without its extension. */
function baseStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Letters (Vietnamese ones included, composed), digits, `_`, `.` and `-`; every other run of
 * characters becomes one `_`; no leading or trailing dot, `_` or `-`.
 */
function safeStem(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}_.-]+/gu, "_")
    .replace(/^[._-]+|[._-]+$/g, "")
    .slice(0, MAX_STEM)
    .replace(/[._-]+$/g, "");
}
