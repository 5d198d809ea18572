import type { ReportCell } from "../../report";
import { cellLocation, type ValidationRule } from "../validationRule";

// What a spreadsheet takes for the start of a formula when the text is typed or pasted.
const FORMULA_START = /^[=+\-@]/;

/**
 * Text that begins with `=`, `+`, `-` or `@` in a header field or a text column of a table
 * (names, labels, units, notes, proposals): a warning, `text.formula-like`, since it is data and
 * stays text in everything the add-in writes. Number columns are not looked at: "-5" there is a
 * negative number, read as one.
 *
 * @example
 * // BaoCao: C4 "=HYPERLINK(...)" as the unit name → text.formula-like at C4
 */
export const formulaLikeText: ValidationRule = {
  id: "formula-like-text",
  codes: ["text.formula-like"],
  meta: {
    description: "Text that a spreadsheet would take for a formula is flagged, and kept as text.",
  },
  check(ctx) {
    const { fields, indicators, criteria, proposals } = ctx.unitReport;
    const cells: ReportCell[] = [];
    for (const field of Object.values(fields)) if (field?.value) cells.push(field.value);
    for (const row of indicators?.rows ?? [])
      cells.push(row.cells.label, row.cells.unit, row.cells.note);
    for (const row of criteria?.rows ?? []) cells.push(row.cells.label, row.cells.note);
    for (const row of proposals?.rows ?? []) {
      const { name, subject, position, award, kind, achievement } = row.cells;
      cells.push(name, subject, position, award, kind, achievement);
    }
    for (const at of cells) {
      // A formula's own result is not typed text: only plain text cells are looked at.
      if (at.cell?.t !== "s" || at.cell.formula !== undefined) continue;
      const text = at.cell.v;
      if (FORMULA_START.test(text))
        ctx.report("text.formula-like", cellLocation(at), { text, first: text.charAt(0) });
    }
  },
};
