import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { extractReport } from "../report";
import { defaultRules } from "../rules";
import { reportWorkbook } from "../../../test/support/grid";
import { checkTableCodes } from "./checkTableCodes";
import type { ValidationContext } from "./validationRule";

const CODES = {
  missing: "criterion.missing",
  duplicate: "criterion.duplicate",
  unknown: "criterion.unknown",
} as const;

function check(
  rows: { code: string; row: number }[],
  definitions: { code: string; label: string }[],
) {
  const found: Finding[] = [];
  const ctx: ValidationContext = {
    unitReport: extractReport(reportWorkbook(), "a.xlsx").report,
    rules: defaultRules,
    file: "a.xlsx",
    lang: "vi",
    report(code, where, params) {
      found.push(makeFinding(code, { file: "a.xlsx", ...where }, params));
    },
  };
  const table = {
    sheet: "ChamDiem",
    rows: rows.map((r) => ({
      ...r,
      cells: { code: { sheet: "ChamDiem", address: `A${r.row}`, cell: undefined } },
    })),
  };
  checkTableCodes(ctx, table, definitions, CODES);
  return found.map((f) => [f.code, f.cell, f.params?.code]);
}

describe("checkTableCodes", () => {
  const definitions = [
    { code: "TC1", label: "Một" },
    { code: "tc2", label: "Hai" },
  ];

  it("accepts each configured code once, in any case of configuration", () => {
    expect(
      check(
        [
          { code: "TC2", row: 4 },
          { code: "TC1", row: 5 },
        ],
        definitions,
      ),
    ).toEqual([]);
  });

  it("reports repeats and unknown codes at their rows, then missing codes at no cell", () => {
    expect(
      check(
        [
          { code: "TC1", row: 4 },
          { code: "TC9", row: 5 },
          { code: "TC1", row: 6 },
          { code: "TC9", row: 7 },
        ],
        definitions,
      ),
    ).toEqual([
      ["criterion.unknown", "A5", "TC9"],
      ["criterion.duplicate", "A6", "TC1"],
      ["criterion.duplicate", "A7", "TC9"],
      ["criterion.unknown", "A7", "TC9"],
      ["criterion.missing", null, "tc2"],
    ]);
  });

  it("reports nothing without a table, whose absence the extraction reported", () => {
    const found: Finding[] = [];
    const ctx = { report: () => found.push({} as Finding) } as unknown as ValidationContext;
    checkTableCodes(ctx, null, definitions, CODES);
    expect(found).toEqual([]);
  });
});
