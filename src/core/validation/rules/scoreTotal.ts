import { formatVietnameseNumber, readNumberCell, roundHalfAwayFromZero } from "../../numbers";
import { isBlankCell, reportForm } from "../../report";
import { checkNumberCell, numberCellCodes } from "../checkNumberCell";
import { cellLocation, type ValidationRule } from "../validationRule";

// Scores are compared as the classification compares them: at 2 decimals.
const SCORE_DECIMALS = 2;

/**
 * The `Tổng cộng` row of ChamDiem, checked and never trusted: a total in `Tự chấm` or
 * `Thẩm định` that disagrees with the sum of the rows is a warning (`score.total-mismatch`, at
 * the total's cell), since the score is added up from the rows anyway. A total formula never
 * computed (a fresh template) and a blank total are ignored; an unreadable total is reported
 * as a warning only, and a column with an unreadable score is not compared.
 *
 * @example
 * // ChamDiem: D11 95 while D4:D10 add up to 92 → score.total-mismatch at D11
 */
export const scoreTotal: ValidationRule = {
  id: "score-total",
  codes: ["score.total-mismatch", ...numberCellCodes],
  meta: { description: "The scoresheet's total row agrees with its rows." },
  check(ctx) {
    const criteria = ctx.unitReport.criteria;
    if (!criteria?.total) return;
    const columns = reportForm.criterionColumns;
    for (const column of ["self", "appraised"] as const) {
      const at = criteria.total.cells[column];
      if (isBlankCell(at.cell) || at.cell?.t === "f") continue;
      const total = checkNumberCell(ctx, at, { severity: "warning" });
      if (!total.ok) continue;
      let sum = 0;
      let readable = true;
      for (const row of criteria.rows) {
        const cell = row.cells[column].cell;
        if (isBlankCell(cell)) continue;
        const reading = readNumberCell(cell);
        if (reading.ok) sum += reading.value;
        else readable = false;
      }
      if (!readable) continue;
      const shownTotal = roundHalfAwayFromZero(total.value, SCORE_DECIMALS);
      const shownSum = roundHalfAwayFromZero(sum, SCORE_DECIMALS);
      if (shownTotal !== shownSum) {
        ctx.report("score.total-mismatch", cellLocation(at), {
          column: columns[column],
          total: formatVietnameseNumber(shownTotal),
          sum: formatVietnameseNumber(shownSum),
        });
      }
    }
  },
};
