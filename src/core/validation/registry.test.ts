import { findingMessages } from "../messages/catalog";
import { validationRules } from "./registry";

describe("validationRules", () => {
  it("gives every rule a unique id and a description", () => {
    const ids = validationRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of validationRules) expect(rule.meta.description).toMatch(/\S/);
  });

  it("declares only codes the message catalog knows", () => {
    for (const rule of validationRules) {
      expect(rule.codes.filter((code) => !(code in findingMessages))).toEqual([]);
      expect(rule.codes.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["indicator.missing"],
    ["indicator.duplicate"],
    ["indicator.unknown"],
    ["criterion.missing"],
    ["number.not-a-number"],
    ["number.as-text"],
    ["number.formula-error"],
    ["number.formula-no-value"],
    ["indicator.negative"],
    ["indicator.fraction"],
    ["indicator.exceeds"],
    ["indicator.actual-empty"],
    ["yesno.invalid"],
    ["score.self-missing"],
    ["score.above-max"],
    ["score.negative"],
    ["score.total-mismatch"],
    ["field.empty"],
    ["period.invalid"],
    ["date.invalid"],
    ["text.formula-like"],
    ["proposal.field-empty"],
    ["proposal.subject-unknown"],
    ["proposal.award-unknown"],
    ["proposal.kind-unknown"],
    ["proposal.recipient-not-allowed"],
    ["proposal.duplicate-person"],
    ["proposal.over-limit"],
  ])("has a rule that reports %s", (code) => {
    expect(validationRules.some((rule) => (rule.codes as readonly string[]).includes(code))).toBe(
      true,
    );
  });
});
