import { defaultRules } from "./defaultRules";
import { parseRulesText } from "./parseRules";
import { printRulesJson } from "./printRulesJson";
import { rulesToJson } from "./rulesToJson";
import type { Rules } from "./schema";

describe("printRulesJson", () => {
  it("writes the default rules as rulesToJson does: they are in the schema's order", () => {
    expect(printRulesJson(defaultRules)).toBe(rulesToJson(defaultRules));
  });

  it("writes parsed rules as rulesToJson does, whatever order their file had", () => {
    const reordered = Object.fromEntries(Object.entries(defaultRules).reverse());
    const json = JSON.stringify({
      ...reordered,
      deadline: "15/01/2025",
      period: "Năm 2024",
      thresholds: { HT: 50, HTT: 70, HTXS: 90 },
      indicators: defaultRules.indicators.map((i) =>
        Object.fromEntries(Object.entries(i).reverse()),
      ),
    });
    const { rules } = parseRulesText(json, "rules.json");
    expect(rules).not.toBeNull();
    expect(printRulesJson(rules!)).toBe(rulesToJson(rules!));
    expect(printRulesJson(rules!).split("\n").slice(1, 4)).toEqual([
      '  "formVersion": "CDVC-BC 1",',
      '  "period": "Năm 2024",',
      '  "deadline": "15/01/2025",',
    ]);
  });

  it("keeps the object's own order, which rulesToJson would change", () => {
    const rules = { ...defaultRules, thresholds: { HT: 50, HTT: 70, HTXS: 90 } } as Rules;
    expect(printRulesJson(rules)).toContain('"thresholds": {\n    "HT": 50,');
    expect(rulesToJson(rules)).toContain('"thresholds": {\n    "HTXS": 90,');
  });
});
