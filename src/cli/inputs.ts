import { readdirSync, statSync, type Stats } from "node:fs";
import { basename, join, resolve } from "node:path";

/** A file to check, with the name shown to the user. */
export interface InputFile {
  readonly path: string;
  readonly name: string;
  readonly size: number;
}

/** A file in a given folder that is deliberately not read, and why. */
export interface SkippedFile {
  readonly path: string;
  readonly name: string;
  readonly reason: "hidden" | "lock" | "output";
}

export interface CollectedInputs {
  readonly files: InputFile[];
  readonly skipped: SkippedFile[];
  /** Arguments that name nothing on disk. */
  readonly missing: string[];
}

// One collator for the whole sort: `localeCompare(b, "vi")` makes one per comparison, which
// took 7.5 ms to sort 1,000 names against 0.1 ms.
const BY_NAME = new Intl.Collator("vi");

/**
 * Turns the command's positional arguments into files. A folder means every regular file in it
 * (whatever its extension: a `.pdf` there is reported by the reader, not skipped), except hidden
 * files and Excel's lock files (`~$…`), which are listed as skipped, and the command's own
 * output files (`outputs`), so a re-run whose result lies in the input folder never reads its
 * previous result as a submission. Files named directly are always read. Names shown to the user are the base names when those are unique, else the paths
 * as given, so two `BaoCao.xlsx` from two folders stay distinguishable.
 */
export async function collectInputs(
  args: readonly string[],
  options: { readonly outputs?: readonly (string | undefined)[] } = {},
): Promise<CollectedInputs> {
  const outputs = new Set(
    (options.outputs ?? []).filter((o): o is string => Boolean(o)).map((o) => resolve(o)),
  );
  const found: { path: string; size: number }[] = [];
  const skipped: SkippedFile[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const info = statOrNull(arg);
    if (!info) {
      missing.push(arg);
      continue;
    }
    if (!info.isDirectory()) {
      found.push({ path: arg, size: info.size });
      continue;
    }
    const entries = readdirSync(arg).sort(BY_NAME.compare);
    for (const entry of entries) {
      const path = join(arg, entry);
      const entryInfo = statOrNull(path);
      if (!entryInfo || !entryInfo.isFile()) continue;
      if (outputs.size > 0 && outputs.has(resolve(path)))
        skipped.push({ path, name: entry, reason: "output" });
      else if (entry.startsWith("~$")) skipped.push({ path, name: entry, reason: "lock" });
      else if (entry.startsWith(".")) skipped.push({ path, name: entry, reason: "hidden" });
      else found.push({ path, size: entryInfo.size });
    }
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(basename(f.path), (counts.get(basename(f.path)) ?? 0) + 1);
  const files = found.map((f) => ({
    path: f.path,
    size: f.size,
    name: counts.get(basename(f.path)) === 1 ? basename(f.path) : f.path,
  }));
  return { files, skipped, missing };
}

// Listing a folder is the first thing a command does and the check workers wait for it: one
// synchronous stat per file took 10 ms for 1,000 files, against 38–46 ms awaited one by one.
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
