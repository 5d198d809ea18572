import type { Finding } from "../../findings/finding";
import type { WorkbookGrid } from "../../grid/cell";
import { extractReport } from "../../report";
import { defaultRules, type Rules } from "../../rules";
import { runValidationRules } from "../runValidationRules";
import type { ValidationRule } from "../validationRule";

const FILE = "cd001.xlsx";

/** A workbook the rule must accept without a finding. */
export interface ValidCase {
  readonly name: string;
  readonly grid: WorkbookGrid;
  readonly rules?: Rules;
}

/** A workbook the rule must report, with the exact findings: [code, cell] in order. */
export interface InvalidCase extends ValidCase {
  readonly findings: readonly (readonly [string, string | null])[];
  /** When given, the Vietnamese messages of the findings, in order. */
  readonly messages?: readonly string[];
  /** When given, the severities of the findings, in order. */
  readonly severities?: readonly Finding["severity"][];
}

/**
 * Runs a validation rule over tables of valid and invalid workbooks, as typescript-eslint's
 * RuleTester does: a valid case must yield no finding, an invalid case exactly its findings
 * (codes and cells, in order). For jest tests only.
 *
 * @example
 * testRule(selfScoreMissing, {
 *   valid: [{ name: "every criterion scored", grid: reportWorkbook() }],
 *   invalid: [{ name: "TC3 blank", grid: withCells(reportWorkbook(), "ChamDiem", { D6: null }), findings: [["score.self-missing", "D6"]] }],
 * });
 */
export function testRule(
  rule: ValidationRule,
  cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  const run = (c: ValidCase) =>
    runValidationRules([rule], extractReport(c.grid, FILE).report, c.rules ?? defaultRules, {
      file: FILE,
    });

  describe(`validation rule ${rule.id}`, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [c.name, c] as const))("accepts %s", (_name, c) => {
        expect(run(c).map((f) => [f.code, f.cell, f.message])).toEqual([]);
      });
    }
    it.each(cases.invalid.map((c) => [c.name, c] as const))("reports %s", (_name, c) => {
      const findings = run(c);
      expect(findings.map((f) => [f.code, f.cell])).toEqual(c.findings);
      if (c.messages) expect(findings.map((f) => f.message)).toEqual(c.messages);
      if (c.severities) expect(findings.map((f) => f.severity)).toEqual(c.severities);
      for (const f of findings) expect(f.file).toBe(FILE);
    });
  });
}
