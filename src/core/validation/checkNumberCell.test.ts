import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Cell } from "../grid/cell";
import { extractReport } from "../report";
import { defaultRules } from "../rules";
import { reportWorkbook } from "../../../test/support/grid";
import { checkNumberCell } from "./checkNumberCell";
import type { ValidationContext } from "./validationRule";

function context(found: Finding[]): ValidationContext {
  return {
    unitReport: extractReport(reportWorkbook(), "a.xlsx").report,
    rules: defaultRules,
    file: "a.xlsx",
    lang: "vi",
    report(code, where, params, severity) {
      found.push(makeFinding(code, { file: "a.xlsx", ...where }, params, "vi", severity));
    },
  };
}

const at = (cell: Cell | undefined) => ({ sheet: "BaoCao", address: "F20", cell });

describe("checkNumberCell", () => {
  it.each<[string, Cell | undefined, string | null, string | null]>([
    ["a number cell, silently", { t: "n", v: 22.75 }, null, null],
    ["a blank cell, silently", undefined, null, null],
    [
      "a number kept as text, as a warning",
      { t: "s", v: "22.750.000 đồng" },
      "number.as-text",
      "warning",
    ],
    [
      "text that is no number, as an error",
      { t: "s", v: "khoảng 20" },
      "number.not-a-number",
      "error",
    ],
    ["a formula error", { t: "e", v: "#REF!" }, "number.formula-error", "error"],
  ])("reports %s", (_name, cell, code, severity) => {
    const found: Finding[] = [];
    checkNumberCell(context(found), at(cell), { unit: "triệu đồng" });
    expect(found.map((f) => [f.code, f.severity, f.cell])).toEqual(
      code ? [[code, severity, "F20"]] : [],
    );
  });

  it("returns the reading, converted to the unit", () => {
    const reading = checkNumberCell(context([]), at({ t: "s", v: "1,6 tỷ" }), {
      unit: "triệu đồng",
    });
    expect(reading).toMatchObject({ ok: true, value: 1600, fromText: true });
  });

  it("lowers the severity of a failure when told, never that of the as-text warning", () => {
    const found: Finding[] = [];
    checkNumberCell(context(found), at({ t: "s", v: "abc" }), { severity: "warning" });
    checkNumberCell(context(found), at({ t: "s", v: "92" }), { severity: "warning" });
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ["number.not-a-number", "warning"],
      ["number.as-text", "warning"],
    ]);
  });
});
