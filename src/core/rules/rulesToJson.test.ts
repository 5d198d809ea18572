import example from "../../../rules.example.json";
import { defaultRules } from "./defaultRules";
import { parseRulesText } from "./parseRules";
import { rulesToJson } from "./rulesToJson";
import type { Rules } from "./schema";

describe("rulesToJson", () => {
  it("is what rules.example.json holds: the same keys, in the same order, with the same values", () => {
    // The committed file is imported as data; its key order is the file's. Together with
    // `prettier --check` (which fixes its layout) this keeps the file from drifting.
    expect(JSON.stringify(example)).toBe(JSON.stringify(JSON.parse(rulesToJson(defaultRules))));
    expect(rulesToJson(example as Rules)).toBe(rulesToJson(defaultRules));
  });

  it("reads back to the same rules", () => {
    const withPeriod: Rules = { ...defaultRules, period: "Năm 2024", deadline: "15/01/2025" };
    expect(parseRulesText(rulesToJson(withPeriod), "rules.json")).toEqual({
      rules: withPeriod,
      findings: [],
    });
  });

  it("writes keys in the schema's order whatever the object's order", () => {
    const reordered = Object.fromEntries(Object.entries(defaultRules).reverse()) as Rules;
    const json = rulesToJson({ ...reordered, thresholds: { HT: 50, HTT: 70, HTXS: 90 } });
    expect(json).toBe(rulesToJson(defaultRules));
    const topKeys = [...json.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual([
      "formVersion",
      "indicators",
      "criteria",
      "thresholds",
      "cxl",
      "caps",
      "quota",
      "tieBreakers",
      "awardRules",
      "awards",
      "membersIndicator",
      "limits",
      "units",
    ]);
  });

  it("puts the period and deadline right after the form version when there are some", () => {
    const json = rulesToJson({ ...defaultRules, deadline: "15/01/2025", period: "Năm 2024" });
    expect(json.split("\n").slice(0, 4)).toEqual([
      "{",
      '  "formVersion": "CDVC-BC 1",',
      '  "period": "Năm 2024",',
      '  "deadline": "15/01/2025",',
    ]);
  });

  it.each<[string, number, string[]]>([
    // '      "aliases": ["x…x", "yyyyy"],' is 31 columns besides the x's: 69 of them fill 100.
    [
      "a list of texts that fits in 100 columns on one line",
      69,
      ['      "aliases": ["' + "x".repeat(69) + '", "yyyyy"],'],
    ],
    [
      "a list one column too long one item per line",
      70,
      ['      "aliases": [', '        "' + "x".repeat(70) + '",', '        "yyyyy"', "      ],"],
    ],
  ])("writes %s, as Prettier would", (_name, width, lines) => {
    const awards = [{ ...defaultRules.awards[0]!, aliases: ["x".repeat(width), "yyyyy"] }];
    const json = rulesToJson({ ...defaultRules, awards });
    const start = json.split("\n").findIndex((l) => l.includes('"aliases"'));
    expect(json.split("\n").slice(start, start + lines.length)).toEqual(lines);
  });

  it("writes empty lists and a null quota as such, and ends with a newline", () => {
    const json = rulesToJson({ ...defaultRules, quota: null });
    expect(json).toContain('  "quota": null,\n');
    expect(json).toContain('  "tieBreakers": [],\n');
    expect(json).toContain('      "perUnitLimits": []\n');
    expect(json.endsWith("}\n")).toBe(true);
  });
});
