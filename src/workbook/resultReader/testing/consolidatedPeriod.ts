/**
 * Consolidated periods for the tests of what is built on them (comparison, term, roll-up):
 * unit workbooks generated with makeUnitWorkbook, then the real pipeline — checkWorkbook,
 * validateBatch, fromBatch, consolidate, writeResultWorkbook — so the workbook read back is
 * exactly what `cdvc consolidate` would have written.
 */
import { makeUnitWorkbook, validUnitValues } from "../../../../test/support/unitWorkbook";
import type { IndicatorValues } from "../../../../test/support/validUnitValues";
import { consolidate, fromBatch, type ConsolidationResult } from "../../../core/consolidation";
import { defaultRules, type Rules } from "../../../core/rules";
import { validateBatch, type BatchEntry } from "../../../core/validation";
import { checkWorkbook } from "../../checkWorkbook";
import { writeResultWorkbook } from "../../result/writeResultWorkbook";
import type { ResultSheet } from "../../result/resultSheet";

/** One unit to generate: its score (a multiple of 0.5) and any figures to set exactly. */
export interface PlannedUnit {
  readonly code: string;
  readonly score: number;
  readonly name?: string;
  readonly cluster?: string;
  readonly founded?: Date;
  /** Figures written instead of the generated ones, by indicator code. */
  readonly indicators?: Readonly<Record<string, IndicatorValues>>;
  /** Seed of the generated figures; default from the code. */
  readonly seed?: number;
}

/** A generated period: its unit workbooks, the consolidation and the result workbook's bytes. */
export interface GeneratedPeriod {
  readonly units: readonly { readonly file: string; readonly bytes: Uint8Array }[];
  readonly result: ConsolidationResult;
  readonly bytes: Uint8Array;
  readonly rules: Rules;
}

/** Self scores that add up to `score`, filling the criteria in the rules' order. */
export function scoresFor(score: number, rules: Rules = defaultRules) {
  let left = score;
  return Object.fromEntries(
    rules.criteria.map((c) => {
      const self = Math.min(c.maxPoints, left);
      left -= self;
      return [c.code, { self }];
    }),
  );
}

function seedOf(code: string): number {
  return [...code].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7) % 100_000;
}

/**
 * Generates the units' workbooks of one period and consolidates them as `cdvc consolidate`
 * does, writing the result workbook (with any extra sheets). A yes/no indicator that caps a
 * class is answered Có unless the plan says otherwise, so classes follow the planned scores.
 */
export async function generatePeriod(
  period: string,
  planned: readonly PlannedUnit[],
  options: { readonly rules?: Rules; readonly extraSheets?: readonly ResultSheet[] } = {},
): Promise<GeneratedPeriod> {
  const rules = options.rules ?? defaultRules;
  // Classes follow the planned scores unless a test caps a unit on purpose.
  const capsMet = Object.fromEntries(
    rules.caps
      .filter((cap) => rules.indicators.find((i) => i.code === cap.indicator)?.kind === "yesno")
      .map((cap) => [cap.indicator, { actual: true }]),
  );
  const units = await Promise.all(
    planned.map(async (unit) => {
      const generated = validUnitValues(unit.seed ?? seedOf(unit.code), rules);
      const workbook = await makeUnitWorkbook({
        unitCode: unit.code,
        unitName: unit.name ?? `CĐCS ${unit.code}`,
        period,
        ...(unit.cluster ? { cluster: unit.cluster } : {}),
        ...(unit.founded ? { founded: unit.founded } : {}),
        rules,
        values: {
          indicators: { ...generated.indicators, ...capsMet, ...unit.indicators },
          scores: scoresFor(unit.score, rules),
        },
      });
      return { file: `${unit.code}.xlsx`, bytes: workbook.bytes };
    }),
  );
  const entries: BatchEntry[] = units.map((u) => checkWorkbook(u.bytes, u.file, rules));
  const batch = validateBatch(entries, rules, { period });
  const result = consolidate(fromBatch(entries, batch), rules);
  const bytes = await writeResultWorkbook(result, rules, {
    generatedAt: new Date(2025, 0, 15, 9, 30),
    ...(options.extraSheets ? { extraSheets: options.extraSheets } : {}),
  });
  return { units, result, bytes, rules };
}
