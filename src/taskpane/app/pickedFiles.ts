import type { PickedFile } from "../worker/protocol";

/** A file as the browser hands it over (a `File`): its contents and what identifies it. */
export interface BrowserFile extends Blob {
  readonly name: string;
  readonly lastModified: number;
}

/** A picked file with what tells two picks of the same file apart from two different files. */
export interface PickedEntry extends PickedFile {
  readonly key: string;
}

/**
 * Adds files picked or dropped to those already chosen, so a batch can be gathered from
 * several folders. The same file given twice (same name, size and date) is kept once; two
 * different files with the same name get distinct names ("BaoCao (2).xlsx"), because every
 * finding and every row of the results names its file. Nothing is filtered by extension: a
 * .pdf given by mistake is reported by the reader, not silently dropped.
 *
 * @example
 * addPickedFiles([], [fileA, fileA, otherBaoCao]).map((f) => f.name) // ["BaoCao.xlsx", "BaoCao (2).xlsx"]
 */
export function addPickedFiles(
  current: readonly PickedEntry[],
  incoming: Iterable<BrowserFile>,
): PickedEntry[] {
  const chosen = [...current];
  const keys = new Set(chosen.map((entry) => entry.key));
  const names = new Set(chosen.map((entry) => entry.name));
  for (const file of incoming) {
    const key = `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
    if (keys.has(key)) continue;
    const name = freeName(file.name, names);
    keys.add(key);
    names.add(name);
    chosen.push({ key, name, blob: file });
  }
  return chosen;
}

function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : "";
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}
