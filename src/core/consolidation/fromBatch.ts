import { parsePeriod } from "../period";
import type { BatchEntry, BatchValidation } from "../validation";
import type { ConsolidationInput } from "./types";

/**
 * The consolidation's input from a validated batch: each file with the unit its workbook
 * yielded, the findings of the batch checks (which include the workbook's own), and the file
 * that replaced it; the batch's expected period; the batch's own findings. `entries` and
 * `batch.files` are parallel, as `validateBatch` returns them.
 *
 * @example
 * const entries = files.map((f) => ({ file: f.name, result: validateWorkbook(f.grid, f.name, rules) }));
 * const result = consolidate(fromBatch(entries, validateBatch(entries, rules)), rules);
 */
export function fromBatch(
  entries: readonly BatchEntry[],
  batch: BatchValidation,
): ConsolidationInput {
  if (entries.length !== batch.files.length) {
    throw new RangeError(
      `fromBatch: ${entries.length} entries but ${batch.files.length} batch files; pass the entries the batch was validated from.`,
    );
  }
  return {
    entries: entries.map((entry, index) => {
      const file = batch.files[index]!;
      return {
        file: file.file,
        unit: entry.result.unit ?? null,
        findings: file.findings,
        replacedBy: file.replacedBy,
      };
    }),
    period: batch.expectedPeriod === null ? null : parsePeriod(batch.expectedPeriod),
    findings: batch.findings,
  };
}
