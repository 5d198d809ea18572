import { parseYesNo } from "../../numbers";
import { cellText, isBlankCell } from "../../report";
import { rowsWithDefinitions } from "../rowsWithDefinitions";
import { cellLocation, type ValidationRule } from "../validationRule";

/**
 * The `Thực hiện` of a yes/no indicator that is no yes/no word (`yesno.invalid`), or a formula
 * that failed or was never computed there (`number.formula-error`, `number.formula-no-value`).
 * Yes/no words are text by nature: they get no `number.as-text`.
 *
 * @example
 * // BaoCao: F18 "Chưa tổ chức" on the CL01 row → yesno.invalid at F18
 */
export const yesNoAnswers: ValidationRule = {
  id: "yes-no-answers",
  codes: ["yesno.invalid", "number.formula-error", "number.formula-no-value"],
  meta: { description: "Yes/no indicators are answered with a yes/no word." },
  check(ctx) {
    const rows = rowsWithDefinitions(ctx.unitReport.indicators?.rows ?? [], ctx.rules.indicators);
    for (const { definition, row } of rows) {
      const at = row.cells.actual;
      if (definition.kind !== "yesno" || isBlankCell(at.cell) || parseYesNo(at.cell) !== null)
        continue;
      const text = cellText(at.cell);
      if (at.cell?.t === "e") ctx.report("number.formula-error", cellLocation(at), { text });
      else if (at.cell?.t === "f")
        ctx.report("number.formula-no-value", cellLocation(at), { text: at.cell.formula });
      else
        ctx.report("yesno.invalid", cellLocation(at), {
          text,
          code: definition.code,
          label: definition.label,
        });
    }
  },
};
