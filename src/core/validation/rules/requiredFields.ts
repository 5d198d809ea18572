import { reportForm, type FieldKey } from "../../report";
import type { ValidationRule } from "../validationRule";

/**
 * A required header field whose label is there but whose value is not (`field.empty`, at the
 * label cell, as there is no value cell to point at). A label not found at all is the
 * extraction's `form.field-missing`.
 *
 * @example
 * // BaoCao: A3 "Mã đơn vị" with nothing right of it → field.empty at A3
 */
export const requiredFields: ValidationRule = {
  id: "required-fields",
  codes: ["field.empty"],
  meta: { description: "The required header fields of BaoCao have a value right of their label." },
  check(ctx) {
    const optional: readonly string[] = reportForm.optionalFields;
    for (const [key, label] of Object.entries(reportForm.fields) as [FieldKey, string][]) {
      const field = ctx.unitReport.fields[key];
      if (field && !field.value && !optional.includes(key)) {
        ctx.report(
          "field.empty",
          { sheet: field.label.sheet, cell: field.label.address },
          { label },
        );
      }
    }
  },
};
