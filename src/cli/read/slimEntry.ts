import type { ReportField } from "../../core/report";
import type { BatchEntry, UnitHeader } from "../../core/validation";

/**
 * The entry as the batch checks and the consolidation need it: the unit (with its figures,
 * when they were read) and its findings, and where its header fields are (a batch finding such
 * as `period.mismatch` points at the Kỳ báo cáo cell), without the raw cells of the workbook:
 * its tables' cells and the header fields' contents, already read into the unit's values.
 * Those are most of an entry's weight, and thousands of entries are kept, sent between threads
 * and cached, so memory does not grow with every cell of every file.
 */
export function slimEntry<Unit extends UnitHeader>(entry: BatchEntry<Unit>): BatchEntry<Unit> {
  const { unit } = entry.result;
  if (!unit) return entry;
  const fields: Record<string, ReportField> = {};
  for (const [key, field] of Object.entries(unit.report.fields)) {
    if (!field) continue;
    fields[key] = {
      label: { sheet: field.label.sheet, address: field.label.address, cell: undefined },
      value: field.value && {
        sheet: field.value.sheet,
        address: field.value.address,
        cell: undefined,
      },
    };
  }
  return {
    file: entry.file,
    result: {
      ...entry.result,
      unit: {
        ...unit,
        report: { ...unit.report, fields, indicators: null, criteria: null, proposals: null },
      },
    },
  };
}
