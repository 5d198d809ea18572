import { defaultRules } from "../rules";
import { extractReport } from "../report";
import { reportWorkbook } from "../../../test/support/grid";
import { runValidationRules } from "./runValidationRules";
import type { ValidationRule } from "./validationRule";

const report = extractReport(reportWorkbook(), "cd001.xlsx").report;

const reportsUnitCode: ValidationRule = {
  id: "test-unit-code",
  codes: ["field.empty", "text.formula-like"],
  meta: { description: "Reports the unit code cell, twice." },
  check(ctx) {
    ctx.report("field.empty", { sheet: "BaoCao", cell: "A3" }, { label: "Mã đơn vị" });
    ctx.report(
      "text.formula-like",
      { sheet: "BaoCao", cell: "C3" },
      { text: ctx.file, first: "=" },
      "error",
    );
  },
};

describe("runValidationRules", () => {
  it("collects the findings of every rule, with file, location, severity and language", () => {
    const findings = runValidationRules([reportsUnitCode, reportsUnitCode], report, defaultRules, {
      file: "cd001.xlsx",
      lang: "en",
    });
    expect(findings.map((f) => [f.code, f.file, f.sheet, f.cell, f.severity])).toEqual([
      ["field.empty", "cd001.xlsx", "BaoCao", "A3", "error"],
      ["text.formula-like", "cd001.xlsx", "BaoCao", "C3", "error"],
      ["field.empty", "cd001.xlsx", "BaoCao", "A3", "error"],
      ["text.formula-like", "cd001.xlsx", "BaoCao", "C3", "error"],
    ]);
    expect(findings[0]?.message).toBe(
      "Cell A3 on sheet BaoCao: the field 'Mã đơn vị' has no value.",
    );
  });

  it("throws when a rule reports a code it does not declare, a programming error", () => {
    const undeclared: ValidationRule = {
      ...reportsUnitCode,
      id: "test-undeclared",
      codes: ["field.empty"],
    };
    expect(() =>
      runValidationRules([undeclared], report, defaultRules, { file: "a.xlsx" }),
    ).toThrow(
      "validation rule test-undeclared reported text.formula-like, which it does not declare",
    );
  });
});
