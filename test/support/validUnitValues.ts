import { defaultRules, type Rules } from "../../src/core/rules";
import { mulberry32, randomInt } from "./mulberry32";

/**
 * What a cell of a generated report holds: a number, a yes/no answer (written Có/Không), a
 * date, a text written exactly as given (a Vietnamese number such as "2.686", "1,6 tỷ", or
 * junk such as "khoảng 20"), or a formula with or without a cached result.
 */
export type CellInput = number | boolean | string | Date | FormulaInput;

/** A formula cell; without `result` it has no cached value, as in a never-opened file. */
export interface FormulaInput {
  readonly formula: string;
  readonly result?: number | string | { readonly error: string };
}

/** One indicator's figures. */
export interface IndicatorValues {
  readonly target?: CellInput;
  readonly actual?: CellInput;
}

/** One criterion's scores. */
export interface ScoreValues {
  readonly self?: CellInput;
  readonly appraised?: CellInput;
}

/** A unit's figures and scores, by indicator and criterion code. */
export interface UnitValues {
  readonly indicators: Readonly<Record<string, IndicatorValues>>;
  readonly scores: Readonly<Record<string, ScoreValues>>;
}

type Indicator = Rules["indicators"][number];

/**
 * A consistent, random-but-seeded set of figures and self scores for the rules' indicators and
 * criteria: counts are whole and not negative, every `atMost` bound holds (women ≤ members ≤
 * employees), targets sit around the actual figures, yes/no answers are mostly Có, and self
 * scores lie within their max points in steps of 0.5. The same seed gives the same values.
 */
export function validUnitValues(seed: number, rules: Rules = defaultRules): UnitValues {
  const random = mulberry32(seed);
  const byCode = new Map(rules.indicators.map((indicator) => [indicator.code, indicator]));
  const bounds = new Set(rules.indicators.map((i) => i.atMost).filter((c) => c !== undefined));
  const actuals = new Map<string, number | boolean>();

  const actualOf = (indicator: Indicator, seen: ReadonlySet<string>): number | boolean => {
    const known = actuals.get(indicator.code);
    if (known !== undefined) return known;
    const bound =
      indicator.atMost !== undefined && !seen.has(indicator.atMost)
        ? byCode.get(indicator.atMost)
        : undefined;
    const boundValue = bound ? actualOf(bound, new Set([...seen, indicator.code])) : undefined;
    const value = draw(indicator, typeof boundValue === "number" ? boundValue : undefined);
    actuals.set(indicator.code, value);
    return value;
  };

  const draw = (indicator: Indicator, bound: number | undefined): number | boolean => {
    if (indicator.kind === "yesno") return random() < 0.85;
    if (bound !== undefined) return Math.floor(bound * (0.55 + 0.45 * random()));
    if (indicator.kind === "money") {
      // One amount in four is in the thousands of millions, written "1,6 tỷ" as text.
      return random() < 0.25 ? randomInt(random, 10, 30) * 100 : randomInt(random, 50, 5000) / 10;
    }
    const whole = indicator.integer || indicator.kind === "count";
    if (bounds.has(indicator.code)) return randomInt(random, 40, 3000);
    if (indicator.direction === "lower") return randomInt(random, 0, 10);
    return whole ? randomInt(random, 0, 150) : randomInt(random, 0, 20000) / 100;
  };

  const indicators: Record<string, IndicatorValues> = {};
  for (const indicator of rules.indicators) {
    const actual = actualOf(indicator, new Set());
    if (!indicator.hasTarget || indicator.kind === "yesno" || typeof actual !== "number") {
      indicators[indicator.code] = { actual };
      continue;
    }
    const whole = indicator.integer || indicator.kind === "count";
    const raw = Math.max(1, actual * (0.6 + 0.8 * random()));
    indicators[indicator.code] = {
      target: whole ? Math.round(raw) : Math.round(raw * 10) / 10,
      actual,
    };
  }

  const scores: Record<string, ScoreValues> = {};
  for (const criterion of rules.criteria) {
    const share = 0.6 + 0.4 * random();
    scores[criterion.code] = {
      self: Math.min(criterion.maxPoints, Math.round(criterion.maxPoints * share * 2) / 2),
    };
  }
  return { indicators, scores };
}
