import type { Finding } from "../findings/finding";
import { keepsUnitOut } from "./keepsUnitOut";

describe("keepsUnitOut", () => {
  it.each<[Finding["code"], Finding["severity"], boolean]>([
    ["number.not-a-number", "error", true],
    ["form.sheet-missing", "error", true],
    ["unit.duplicate", "error", true],
    ["proposal.field-empty", "error", false],
    ["proposal.award-unknown", "error", false],
    ["proposal.over-limit", "error", false],
    ["proposal.class-not-eligible", "error", false],
    ["proposal.same-name-other-unit", "warning", false],
    ["number.as-text", "warning", false],
    ["form.table-header-missing", "warning", false],
  ])("%s (%s) keeps the unit out: %s", (code, severity, expected) => {
    expect(keepsUnitOut({ code, severity })).toBe(expected);
  });
});
