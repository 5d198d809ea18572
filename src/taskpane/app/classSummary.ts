import type { ConsolidationResult } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { ClassCodeSchema, type ClassCode } from "../../core/rules";

/** What the pane shows after a consolidation: files by outcome, units by class, the sentences. */
export interface ClassSummary {
  readonly files: {
    readonly total: number;
    readonly included: number;
    readonly rejected: number;
    readonly replaced: number;
  };
  /** Every class, best first, zero counts included so the table always has the same rows. */
  readonly classes: readonly {
    readonly code: ClassCode;
    readonly label: string;
    readonly count: number;
  }[];
  readonly sentences: readonly string[];
}

/**
 * The summary of a consolidation in the pane's language.
 *
 * @example
 * classSummary(result, "vi").classes[0] // { code: "HTXS", label: "Hoàn thành xuất sắc nhiệm vụ", count: 3 }
 */
export function classSummary(result: ConsolidationResult, lang: Lang): ClassSummary {
  const count = (status: string) => result.units.filter((u) => u.status === status).length;
  return {
    files: {
      total: result.units.length,
      included: count("included"),
      rejected: count("rejected"),
      replaced: count("replaced"),
    },
    classes: ClassCodeSchema.options.map((code) => ({
      code,
      label: text(`class.${code}`, lang),
      count: result.classificationCounts[code],
    })),
    sentences: result.sentences,
  };
}
