import type { Lang, MessageParams } from "../messages/format";
import { text } from "../messages/text";
import { formatPercent, formatVietnameseDate, formatVietnameseNumber } from "../numbers";
import { periodEnd, type Period } from "../period";
import type { ClassCode, Rules } from "../rules";
import { lowerFirst } from "../sentences/lowerFirst";
import { applyCaps, type AppliedCap } from "./applyCaps";
import { classByScore } from "./classByScore";
import { foundedTooRecently } from "./foundedTooRecently";
import { quotaDemotions } from "./quotaDemotions";
import type { ClassificationResult, IndicatorValue, ReasonCode, ReasonStep } from "./types";

/**
 * One unit to classify: its rounded score, founding date, indicator values, and the values
 * that split equal scores (for the quota's order).
 *
 * @example
 * const u: ClassifiableUnit = {
 *   code: "CD01", score: 92.5, cluster: "Cụm 1", founded: null,
 *   indicators: { CL01: { target: null, actual: true } },
 * };
 */
export interface ClassifiableUnit {
  readonly code: string;
  readonly score: number;
  readonly cluster?: string | null;
  readonly founded: Date | null;
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
  readonly tieBreakers?: readonly (number | null)[];
}

/**
 * The rules classification reads.
 *
 * @example
 * const rules: ClassificationRules = defaultRules;
 */
export type ClassificationRules = Pick<
  Rules,
  "thresholds" | "cxl" | "caps" | "quota" | "indicators"
>;

/**
 * Classifies units (DOMAIN.md, "Classification") in the order score → CXL → thresholds → caps
 * → quota:
 * - CXL: a unit founded less than `cxl.minMonthsBeforePeriodEnd` months before the end of the
 *   period (see {@link foundedTooRecently}) is not classified; it keeps its score and is still
 *   ranked. Without a period or a founding date the rule cannot apply and the unit is classified.
 * - thresholds on the score (see {@link classByScore});
 * - caps: an indicator not met caps the class (see {@link applyCaps});
 * - quota, counted after caps (see {@link quotaDemotions}): the units past the limit become
 *   HTT, tied units at the limit's edge together.
 * Every unit gets its class and its reason: the steps that decided it, each a sentence from the
 * catalog ("Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ"), joined with ". ". The result
 * keeps the input order and carries the quota's limit and the units it moved.
 *
 * @example
 * const result = classifyUnits(
 *   [{ code: "A", score: 92.5, founded: null, indicators: { CL01: { target: null, actual: true } } }],
 *   defaultRules, { kind: "year", year: 2024 },
 * );
 * result.units[0].classification // "HTXS"
 * result.units[0].reason // "Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ"
 */
export function classifyUnits(
  units: readonly ClassifiableUnit[],
  rules: ClassificationRules,
  period: Period | null,
  lang: Lang = "vi",
): ClassificationResult {
  const end = period === null ? null : periodEnd(period);
  const months = rules.cxl.minMonthsBeforePeriodEnd;
  const step = (code: ReasonCode, id: Parameters<typeof text>[0], params: MessageParams) => ({
    code,
    text: text(id, lang, params),
    params,
  });

  const decided = units.map((unit) => {
    const steps: ReasonStep[] = [];
    if (end !== null && unit.founded !== null && foundedTooRecently(unit.founded, end, months)) {
      const founded = formatVietnameseDate(unit.founded);
      steps.push(step("classification.cxl", "reason.cxl", { founded, months }));
      return { classification: "CXL" as ClassCode, steps };
    }
    const byScore = classByScore(unit.score, rules.thresholds);
    steps.push(
      step(
        "classification.threshold",
        byScore.reached ? "reason.threshold.at-least" : "reason.threshold.below",
        {
          score: formatVietnameseNumber(unit.score, { minDecimals: 2 }),
          threshold: formatVietnameseNumber(byScore.threshold),
          classPhrase: text(`class.phrase.${byScore.classification}`, lang),
        },
      ),
    );
    const capped = applyCaps(byScore.classification, unit.indicators, rules);
    for (const applied of capped.applied) steps.push(capStep(applied, lang));
    return { classification: capped.classification, steps };
  });

  const cut = quotaDemotions(
    units.map((unit, index) => ({
      classification: decided[index]!.classification,
      score: unit.score,
      tieBreakers: unit.tieBreakers ?? [],
    })),
    rules.quota,
  );
  const quota = rules.quota;
  if (quota !== null && cut.limit !== null) {
    for (const { index, tied } of cut.demoted) {
      const unit = decided[index]!;
      const params = {
        share: formatPercent(quota.share, { maxDecimals: 2 }),
        class: quota.class,
        limit: cut.limit,
        to: "HTT",
        score: formatVietnameseNumber(units[index]!.score, { minDecimals: 2 }),
      };
      unit.classification = "HTT";
      unit.steps.push(
        tied
          ? step("classification.quota-tie", "reason.quota.tie", params)
          : step("classification.quota", "reason.quota", params),
      );
    }
  }

  return {
    units: units.map((unit, index) => {
      const { classification, steps } = decided[index]!;
      return {
        code: unit.code,
        classification,
        reasonCode: steps[steps.length - 1]!.code,
        reason: steps.map((s) => s.text).join(". "),
        steps,
      };
    }),
    quota: {
      limit: cut.limit,
      base: cut.base,
      before: cut.before,
      demoted: cut.demoted.map(({ index }) => units[index]!.code),
    },
  };
}

function capStep(applied: AppliedCap, lang: Lang): ReasonStep {
  const { indicator, value, maxClass } = applied;
  const base = {
    indicator: indicator.code,
    label: indicator.label,
    labelLower: lowerFirst(indicator.label),
    maxClass,
  };
  const actual = value?.actual;
  let params: MessageParams = base;
  let id: "reason.cap.no" | "reason.cap.below-target" | "reason.cap.missing" = "reason.cap.missing";
  if (indicator.kind === "yesno" && actual === false) {
    id = "reason.cap.no";
  } else if (typeof actual === "number" && typeof value?.target === "number") {
    id = "reason.cap.below-target";
    params = {
      ...base,
      actual: formatVietnameseNumber(actual),
      target: formatVietnameseNumber(value.target),
    };
  }
  return { code: "classification.cap", text: text(id, lang, params), params };
}
