import { checkRulesConsistency, type RulesProblem } from "./checkRulesConsistency";
import { defaultRules } from "./defaultRules";

const { indicators, criteria, awards, awardRules } = defaultRules;

function patched<T extends object>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((item, k) => (k === i ? { ...item, ...patch } : item));
}

describe("checkRulesConsistency", () => {
  it("finds nothing wrong with the defaults", () => {
    expect(checkRulesConsistency(defaultRules)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, RulesProblem[]]>([
    [
      "an indicator code repeated in another case, pointing back to the first",
      { indicators: patched(indicators, 17, { code: "Dv02" }) },
      [
        {
          path: ["indicators", 17, "code"],
          finding: "config.duplicate",
          seen: "Dv02",
          params: { other: "indicators[1].code" },
        },
      ],
    ],
    [
      "criteria summing to 99.5",
      { criteria: patched(criteria, 5, { maxPoints: 4.5 }) },
      [{ path: ["criteria"], finding: "config.criteria-total", seen: 99.5 }],
    ],
    [
      "both lower thresholds out of order",
      { thresholds: { HTXS: 50, HTT: 70, HT: 90 } },
      [
        {
          path: ["thresholds", "HTT"],
          finding: "config.thresholds-order",
          seen: 70,
          params: { class: "HTT", higherClass: "HTXS", higher: 50 },
        },
        {
          path: ["thresholds", "HT"],
          finding: "config.thresholds-order",
          seen: 90,
          params: { class: "HT", higherClass: "HTT", higher: 70 },
        },
      ],
    ],
    [
      "a members indicator the indicators do not have",
      { membersIndicator: "DV09" },
      [{ path: ["membersIndicator"], finding: "config.unknown-indicator", seen: "DV09" }],
    ],
    [
      "a yes/no members indicator",
      { membersIndicator: "CL01" },
      [
        {
          path: ["membersIndicator"],
          finding: "config.invalid",
          seen: "CL01",
          expected: { id: "rules.expected.numeric-indicator" },
        },
      ],
    ],
    [
      "atMost between a count and a yes/no indicator",
      { indicators: patched(indicators, 2, { atMost: "CL01" }) },
      [
        {
          path: ["indicators", 2, "atMost"],
          finding: "config.invalid",
          seen: "CL01",
          expected: { id: "rules.expected.numeric-indicator" },
        },
      ],
    ],
    [
      "a cap on a yes/no indicator without target, which is allowed",
      { caps: [{ indicator: "TD04", when: "not-met", maxClass: "HTT" }] },
      [],
    ],
    [
      "a tie-breaker on a yes/no indicator, which has no rate",
      { tieBreakers: [{ criterion: "tc2" }, { indicator: "CL01" }] },
      [
        {
          path: ["tieBreakers", 1, "indicator"],
          finding: "config.invalid",
          seen: "CL01",
          expected: { id: "rules.expected.rate-indicator" },
        },
      ],
    ],
    [
      "an award rule for HTXS twice",
      { awardRules: patched(awardRules, 2, { classes: ["HTXS", "HTT", "HTXS"] }) },
      [
        {
          path: ["awardRules", 2, "classes", 2],
          finding: "config.duplicate",
          seen: "HTXS",
          params: { other: "awardRules[2].classes[0]" },
        },
      ],
    ],
    [
      "an excluded award matched ignoring case, diacritics and spacing",
      { awardRules: patched(awardRules, 1, { excludeAwards: ["co thi dua cua  LDLD tinh"] }) },
      [],
    ],
    [
      "an award name that is another award's alias",
      { awards: patched(awards, 3, { name: "BK LDLD" }) },
      [
        {
          path: ["awards", 3, "name"],
          finding: "config.duplicate",
          seen: "BK LDLD",
          params: { other: "awards[1].aliases[2]" },
        },
      ],
    ],
    [
      "an alias repeating its own award's name, which is harmless",
      { awards: patched(awards, 4, { aliases: ["Kỷ niệm chương", "kỷ niệm  chương"] }) },
      [],
    ],
    [
      "two limits for individuals on one award",
      {
        awards: patched(awards, 0, {
          perUnitLimits: [
            { recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" },
            { recipient: "individual", count: 3 },
          ],
        }),
      },
      [
        {
          path: ["awards", 0, "perUnitLimits", 1, "recipient"],
          finding: "config.duplicate",
          seen: "individual",
          params: { other: "awards[0].perUnitLimits[0].recipient" },
        },
      ],
    ],
    [
      "a per-unit limit with neither count nor share",
      { awards: patched(awards, 1, { perUnitLimits: [{ recipient: "collective" }] }) },
      [
        {
          path: ["awards", 1, "perUnitLimits", 0],
          finding: "config.invalid",
          seen: { recipient: "collective" },
          expected: { id: "rules.expected.count-or-share" },
        },
      ],
    ],
    [
      "a period and a deadline that cannot be read",
      { period: "Năm", deadline: "15.01.2025" },
      [
        { path: ["period"], finding: "config.period-invalid", seen: "Năm" },
        { path: ["deadline"], finding: "config.deadline-invalid", seen: "15.01.2025" },
      ],
    ],
    [
      "an inflated-size limit below the file-size limit",
      { limits: { maxFileMB: 30, maxInflatedMB: 25 } },
      [
        {
          path: ["limits", "maxInflatedMB"],
          finding: "config.out-of-range",
          seen: 25,
          expected: { id: "rules.expected.inflated-not-below-file", params: { limit: 30 } },
        },
      ],
    ],
  ])("reports %s", (_name, patch, expected) => {
    expect(checkRulesConsistency({ ...defaultRules, ...patch })).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ["a number", 5],
    ["null", null],
    ["lists of the wrong things", { indicators: [1, null, "x"], criteria: "TC1", caps: [[]] }],
    ["thresholds given as text", { thresholds: { HTXS: "90", HTT: "70", HT: 50 } }],
    ["criteria with text points", { criteria: [{ code: "TC1", maxPoints: "100" }] }],
  ])("skips what zod reports itself, given %s", (_name, input) => {
    expect(checkRulesConsistency(input)).toEqual([]);
  });
});
