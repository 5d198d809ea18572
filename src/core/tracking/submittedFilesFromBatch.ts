import type { BatchEntry, BatchValidation } from "../validation/batch";
import type { UnitHeader } from "../validation/validatedUnit";
import type { SubmittedFile } from "./types";

/**
 * The files of a validated batch as the tracker reads them, without consolidating: each
 * file's unit code, name and cluster, whether its unit is included, kept out or replaced by a
 * later copy, and its findings (the batch's, which include the workbook's own). `entries` and
 * `batch.files` are parallel, as `validateBatch` returns them.
 *
 * @example
 * const batch = validateBatch(entries, rules, { deadline: "15/01/2025" });
 * const tracking = trackSubmissions(submittedFilesFromBatch(entries, batch), rules.units);
 */
export function submittedFilesFromBatch(
  entries: readonly BatchEntry<UnitHeader>[],
  batch: BatchValidation,
): SubmittedFile[] {
  if (entries.length !== batch.files.length) {
    throw new RangeError(
      `submittedFilesFromBatch: ${entries.length} entries but ${batch.files.length} batch files; pass the entries the batch was validated from.`,
    );
  }
  return batch.files.map((file, i) => {
    const result = entries[i]!.result;
    const unit = result.unit ?? null;
    return {
      file: file.file,
      code: file.unit && file.unit.code !== "" ? file.unit.code : null,
      name: file.unit && file.unit.name !== "" ? file.unit.name : null,
      cluster: unit?.cluster ?? null,
      status: file.replacedBy !== null ? "replaced" : file.included ? "included" : "rejected",
      replacedBy: file.replacedBy,
      findings: file.findings,
    };
  });
}
