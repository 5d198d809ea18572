import type { CriterionRow } from "../report";
import type { Criterion } from "../rules";
import { numberIn } from "./numberIn";

/** A criterion's configured max points and its scores as read (null: blank or unreadable). */
export interface CriterionValue {
  readonly maxPoints: number;
  readonly self: number | null;
  readonly appraised: number | null;
}

/**
 * A criterion's scores from its row, with the configured max points (the sheet's own
 * `Điểm chuẩn` is shown to the unit, the configuration decides). A missing row has no scores.
 *
 * @example
 * criterionValue(tc1Row, { code: "TC1", label: "Tổ chức Hội nghị CBCCVC", maxPoints: 15 })
 * // { maxPoints: 15, self: 14, appraised: null }
 */
export function criterionValue(
  row: CriterionRow | undefined,
  criterion: Criterion,
): CriterionValue {
  if (!row) return { maxPoints: criterion.maxPoints, self: null, appraised: null };
  return {
    maxPoints: criterion.maxPoints,
    self: numberIn(row.cells.self),
    appraised: numberIn(row.cells.appraised),
  };
}
