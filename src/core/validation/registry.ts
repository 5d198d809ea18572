import { criterionCodes } from "./rules/criterionCodes";
import { datesReadable } from "./rules/datesReadable";
import { formulaLikeText } from "./rules/formulaLikeText";
import { indicatorActualEmpty } from "./rules/indicatorActualEmpty";
import { indicatorBounds } from "./rules/indicatorBounds";
import { indicatorCodes } from "./rules/indicatorCodes";
import { indicatorNumbers } from "./rules/indicatorNumbers";
import { negativeCounts } from "./rules/negativeCounts";
import { periodReadable } from "./rules/periodReadable";
import { proposalDuplicates } from "./rules/proposalDuplicates";
import { proposalLimits } from "./rules/proposalLimits";
import { proposalRows } from "./rules/proposalRows";
import { requiredFields } from "./rules/requiredFields";
import { scoreNumbers } from "./rules/scoreNumbers";
import { scoreRange } from "./rules/scoreRange";
import { scoreTotal } from "./rules/scoreTotal";
import { selfScoreMissing } from "./rules/selfScoreMissing";
import { wholeNumbers } from "./rules/wholeNumbers";
import { yesNoAnswers } from "./rules/yesNoAnswers";
import type { ValidationRule } from "./validationRule";

/**
 * Every check run on one submitted workbook, in the order its findings are listed: the header,
 * then the figures of BaoCao, then the scoresheet, then the proposals sheet, then text that
 * looks like a formula.
 *
 * @example
 * validationRules.map((rule) => rule.id) // ["required-fields", "period-readable", ...]
 */
export const validationRules: readonly ValidationRule[] = [
  requiredFields,
  periodReadable,
  datesReadable,
  indicatorCodes,
  indicatorNumbers,
  indicatorActualEmpty,
  yesNoAnswers,
  negativeCounts,
  wholeNumbers,
  indicatorBounds,
  criterionCodes,
  scoreNumbers,
  selfScoreMissing,
  scoreRange,
  scoreTotal,
  proposalRows,
  proposalDuplicates,
  proposalLimits,
  formulaLikeText,
];
