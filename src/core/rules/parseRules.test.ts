import { defaultRules } from "./defaultRules";
import { parseRules, parseRulesText } from "./parseRules";
import { rulesToJson } from "./rulesToJson";

/** A copy of a default list with entry `i` changed. */
function patched<T extends object>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((item, k) => (k === i ? { ...item, ...patch } : item));
}

const { indicators, criteria, awards, awardRules } = defaultRules;
const codesAndCells = (json: unknown) =>
  parseRules(json, "rules.json").findings.map((f) => [f.code, f.cell]);

describe("parseRules", () => {
  it("accepts the defaults, and an empty file, with no finding", () => {
    expect(parseRules(defaultRules, "rules.json")).toEqual({ rules: defaultRules, findings: [] });
    expect(parseRules({}, "rules.json")).toEqual({ rules: defaultRules, findings: [] });
  });

  it("accepts rules written out by rulesToJson", () => {
    const json: unknown = JSON.parse(rulesToJson(defaultRules));
    expect(parseRules(json, "rules.json").rules).toEqual(defaultRules);
  });

  it("takes each top-level key the file leaves out from the defaults", () => {
    const { rules, findings } = parseRules(
      { thresholds: { HTXS: 85, HTT: 65, HT: 45 }, period: "Năm 2024", deadline: "15/01/2025" },
      "rules.json",
    );
    expect(findings).toEqual([]);
    expect(rules).toEqual({
      ...defaultRules,
      thresholds: { HTXS: 85, HTT: 65, HT: 45 },
      period: "Năm 2024",
      deadline: "15/01/2025",
    });
  });

  it("replaces a default entirely with a key the file gives, never merging inside it", () => {
    const fewer = indicators.filter((i) => i.code !== "CL05");
    expect(parseRules({ indicators: fewer }, "rules.json").rules?.indicators).toEqual(fewer);
    // A thresholds object is not merged key by key: a partial one is missing keys.
    expect(codesAndCells({ thresholds: { HTXS: 85 } })).toEqual([
      ["config.missing", "thresholds.HTT"],
      ["config.missing", "thresholds.HT"],
    ]);
  });

  it("checks the defaults it keeps against the keys the file replaces", () => {
    const withoutCl01 = indicators.filter((i) => i.code !== "CL01");
    expect(codesAndCells({ indicators: withoutCl01 })).toEqual([
      ["config.unknown-indicator", "caps[0].indicator"],
    ]);
  });

  it("accepts no quota at all", () => {
    expect(parseRules({ quota: null }, "rules.json").rules?.quota).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "a threshold given as text",
      { thresholds: { HTXS: "90", HTT: 70, HT: 50 } },
      "config.wrong-type",
      "thresholds.HTXS",
    ],
    [
      "HTT above HTXS",
      { thresholds: { HTXS: 60, HTT: 70, HT: 50 } },
      "config.thresholds-order",
      "thresholds.HTT",
    ],
    [
      "HT equal to HTT",
      { thresholds: { HTXS: 90, HTT: 70, HT: 70 } },
      "config.thresholds-order",
      "thresholds.HT",
    ],
    [
      "a threshold above 100",
      { thresholds: { HTXS: 120, HTT: 70, HT: 50 } },
      "config.out-of-range",
      "thresholds.HTXS",
    ],
    [
      "criteria summing to 95",
      { criteria: patched(criteria, 0, { maxPoints: 10 }) },
      "config.criteria-total",
      "criteria",
    ],
    [
      "a criterion worth 0",
      { criteria: [...patched(criteria, 6, { maxPoints: 0 })] },
      "config.out-of-range",
      "criteria[6].maxPoints",
    ],
    [
      "a repeated criterion code",
      { criteria: patched(criteria, 1, { code: "TC1" }) },
      "config.duplicate",
      "criteria[1].code",
    ],
    [
      "an indicator code repeated in another case",
      { indicators: patched(indicators, 4, { code: "dv01" }) },
      "config.duplicate",
      "indicators[4].code",
    ],
    [
      "an empty indicator code",
      { indicators: patched(indicators, 3, { code: "" }) },
      "config.invalid",
      "indicators[3].code",
    ],
    [
      "an indicator kind that does not exist",
      { indicators: patched(indicators, 0, { kind: "percent" as never }) },
      "config.not-allowed",
      "indicators[0].kind",
    ],
    [
      "atMost naming no indicator",
      { indicators: patched(indicators, 2, { atMost: "DV99" }) },
      "config.unknown-indicator",
      "indicators[2].atMost",
    ],
    [
      "atMost naming the indicator itself",
      { indicators: patched(indicators, 2, { atMost: "DV03" }) },
      "config.invalid",
      "indicators[2].atMost",
    ],
    [
      "yesTarget on a count",
      { indicators: patched(indicators, 0, { yesTarget: true }) },
      "config.invalid",
      "indicators[0].yesTarget",
    ],
    ["no indicator at all", { indicators: [] }, "config.out-of-range", "indicators"],
    [
      "a cap on an indicator that does not exist",
      { caps: [{ indicator: "CL09", when: "not-met", maxClass: "HT" }] },
      "config.unknown-indicator",
      "caps[0].indicator",
    ],
    [
      "a cap to HTXS",
      { caps: [{ indicator: "CL01", when: "not-met", maxClass: "HTXS" }] },
      "config.not-allowed",
      "caps[0].maxClass",
    ],
    [
      "a cap on an indicator without target",
      { caps: [{ indicator: "CL02", when: "not-met", maxClass: "HT" }] },
      "config.invalid",
      "caps[0].indicator",
    ],
    [
      "a quota given as a percent",
      { quota: { ...defaultRules.quota, share: 20 } },
      "config.out-of-range",
      "quota.share",
    ],
    [
      "a quota minimum with a fraction",
      { quota: { ...defaultRules.quota, min: 1.5 } },
      "config.wrong-type",
      "quota.min",
    ],
    [
      "a quota counting HTXS twice",
      { quota: { ...defaultRules.quota, of: ["HTXS", "HTXS"] } },
      "config.duplicate",
      "quota.of[1]",
    ],
    [
      "negative CXL months",
      { cxl: { minMonthsBeforePeriodEnd: -1 } },
      "config.out-of-range",
      "cxl.minMonthsBeforePeriodEnd",
    ],
    ["a period that is a quarter", { period: "Quý 1 năm 2024" }, "config.period-invalid", "period"],
    [
      "a deadline written year first",
      { deadline: "2025-01-15" },
      "config.deadline-invalid",
      "deadline",
    ],
    [
      "a deadline that does not exist",
      { deadline: "31/02/2025" },
      "config.deadline-invalid",
      "deadline",
    ],
    [
      "a tie-breaker on an unknown criterion",
      { tieBreakers: [{ criterion: "TC9" }] },
      "config.unknown-criterion",
      "tieBreakers[0].criterion",
    ],
    [
      "a tie-breaker on an indicator without target",
      { tieBreakers: [{ indicator: "DV01" }] },
      "config.invalid",
      "tieBreakers[0].indicator",
    ],
    [
      "a tie-breaker of another shape",
      { tieBreakers: [{ score: "TC1" }] },
      "config.invalid",
      "tieBreakers[0]",
    ],
    [
      "an award rule excluding an unknown award",
      { awardRules: patched(awardRules, 1, { excludeAwards: ["Cờ thi đua TLĐ"] }) },
      "config.unknown-award",
      "awardRules[1].excludeAwards[0]",
    ],
    [
      "an award limit with a fraction of a count",
      { awardRules: patched(awardRules, 1, { limit: { count: 1.5 } }) },
      "config.wrong-type",
      "awardRules[1].limit.count",
    ],
    [
      "an award limit of no known shape",
      { awardRules: patched(awardRules, 2, { limit: { percent: 30 } as never }) },
      "config.invalid",
      "awardRules[2].limit",
    ],
    [
      "a per-cluster limit on a province-wide rule",
      { awardRules: patched(awardRules, 0, { scope: "province" }) },
      "config.invalid",
      "awardRules[0].scope",
    ],
    [
      "an award rule for no class",
      { awardRules: patched(awardRules, 0, { classes: [] }) },
      "config.out-of-range",
      "awardRules[0].classes",
    ],
    [
      "two award rules of one name",
      { awardRules: patched(awardRules, 2, { name: "co thi dua cua LDLD  tinh" }) },
      "config.duplicate",
      "awardRules[2].name",
    ],
    [
      "an alias naming two awards",
      { awards: patched(awards, 1, { aliases: ["BK LĐLĐ", "GIAY KHEN"] }) },
      "config.duplicate",
      "awards[1].aliases[1]",
    ],
    [
      "a per-unit limit with both count and share",
      {
        awards: patched(awards, 0, {
          perUnitLimits: [
            { recipient: "individual", count: 5, shareOfMembers: 0.1, rounding: "ceil" },
          ],
        }),
      },
      "config.invalid",
      "awards[0].perUnitLimits[0]",
    ],
    [
      "a per-unit share without rounding",
      {
        awards: patched(awards, 0, {
          perUnitLimits: [{ recipient: "individual", shareOfMembers: 0.1 }],
        }),
      },
      "config.invalid",
      "awards[0].perUnitLimits[0].rounding",
    ],
    [
      "an individual limit on a collective award",
      { awards: patched(awards, 2, { perUnitLimits: [{ recipient: "individual", count: 1 }] }) },
      "config.invalid",
      "awards[2].perUnitLimits[0].recipient",
    ],
    [
      "an award level that does not exist",
      { awards: patched(awards, 0, { level: "Bộ" as never }) },
      "config.not-allowed",
      "awards[0].level",
    ],
    [
      "an inflated limit below the file limit",
      { limits: { maxFileMB: 20, maxInflatedMB: 10 } },
      "config.out-of-range",
      "limits.maxInflatedMB",
    ],
    ["a form version that is a number", { formVersion: 1 }, "config.wrong-type", "formVersion"],
    ["a misspelt top-level key", { threshold: { HTXS: 85 } }, "config.unknown-key", "threshold"],
    [
      "a misspelt key inside an entry",
      { caps: [{ indicator: "CL01", when: "not-met", maxclass: "HT" }] },
      "config.unknown-key",
      "caps[0].maxclass",
    ],
  ])("reports %s", (_name, json, code, cell) => {
    const { rules, findings } = parseRules(json, "rules.json");
    expect(rules).toBeNull();
    expect(findings.map((f) => [f.code, f.cell])).toContainEqual([code, cell]);
    for (const f of findings) {
      expect(f).toMatchObject({ severity: "error", file: "rules.json", sheet: null });
    }
  });

  it("reports a misspelt key beside the key it meant, which is then missing", () => {
    expect(
      codesAndCells({ caps: [{ indicator: "CL01", when: "not-met", maxclass: "HT" }] }),
    ).toEqual([
      ["config.missing", "caps[0].maxClass"],
      ["config.unknown-key", "caps[0].maxclass"],
    ]);
  });

  it("reports every problem of a file at once, cross-field ones included", () => {
    const json = {
      thresholds: { HTXS: "90", HTT: 70, HT: 80 },
      criteria: patched(criteria, 0, { maxPoints: 10 }),
      caps: [{ indicator: "CL09", when: "not-met", maxClass: "HT" }],
      quota: { ...defaultRules.quota, min: 1.5 },
      period: "2024",
    };
    expect(codesAndCells(json)).toEqual(
      expect.arrayContaining([
        ["config.wrong-type", "thresholds.HTXS"],
        ["config.thresholds-order", "thresholds.HT"],
        ["config.criteria-total", "criteria"],
        ["config.unknown-indicator", "caps[0].indicator"],
        ["config.wrong-type", "quota.min"],
        ["config.period-invalid", "period"],
      ]),
    );
    expect(parseRules(json, "rules.json").findings).toHaveLength(6);
  });

  it.each<[string, unknown, string]>([
    ["a list", [1, 2], "[1,2]"],
    ["a text", "Năm 2024", '"Năm 2024"'],
    ["null", null, "null"],
    ["a number", 42, "42"],
  ])("refuses a document that is %s, pointing at the whole file", (_name, json, seen) => {
    const { rules, findings } = parseRules(json, "rules.json");
    expect(rules).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "config.wrong-type", cell: null });
    expect(findings[0]?.message).toBe(
      `Tệp cấu hình rules.json, mục (toàn bộ tệp): gặp ${seen}, cần một đối tượng {…}.`,
    );
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "a wrong type",
      { thresholds: { HTXS: "90", HTT: 70, HT: 50 } },
      'Tệp cấu hình rules.json, mục thresholds.HTXS: gặp "90", cần một số.',
      'Config file rules.json, item thresholds.HTXS: found "90", expected a number.',
    ],
    [
      "a missing key",
      { thresholds: { HTXS: 90, HTT: 70 } },
      "Tệp cấu hình rules.json, mục thresholds.HT: thiếu giá trị, cần một số.",
      "Config file rules.json, item thresholds.HT: the value is missing, expected a number.",
    ],
    [
      "a share above 1",
      { quota: { ...defaultRules.quota, share: 20 } },
      "Tệp cấu hình rules.json, mục quota.share: giá trị 20 nằm ngoài giới hạn, cần một số ≤ 1.",
      "Config file rules.json, item quota.share: the value 20 is out of range, expected a number ≤ 1.",
    ],
    [
      "a value outside a list",
      { caps: [{ indicator: "CL01", when: "not-met", maxClass: "HTXS" }] },
      'Tệp cấu hình rules.json, mục caps[0].maxClass: gặp "HTXS", chỉ được dùng một trong các giá trị "HTT", "HT", "KHT".',
      'Config file rules.json, item caps[0].maxClass: found "HTXS", only one of the values "HTT", "HT", "KHT" may be used.',
    ],
    [
      "an unknown indicator",
      { caps: [{ indicator: "CL09", when: "not-met", maxClass: "HT" }] },
      'Tệp cấu hình rules.json, mục caps[0].indicator: không có chỉ tiêu mã "CL09" trong mục indicators.',
      'Config file rules.json, item caps[0].indicator: there is no indicator with the code "CL09" in indicators.',
    ],
    [
      "thresholds out of order",
      { thresholds: { HTXS: 60, HTT: 70, HT: 50 } },
      "Tệp cấu hình rules.json, mục thresholds.HTT: ngưỡng HTT là 70, cần nhỏ hơn ngưỡng HTXS (60).",
      "Config file rules.json, item thresholds.HTT: the HTT threshold is 70, expected less than the HTXS threshold (60).",
    ],
    [
      "criteria not summing to 100",
      { criteria: patched(criteria, 0, { maxPoints: 10 }) },
      "Tệp cấu hình rules.json, mục criteria: tổng điểm chuẩn của các tiêu chí là 95, cần đúng 100.",
      "Config file rules.json, item criteria: the criteria's max points add up to 95, expected exactly 100.",
    ],
    [
      "a repeated code",
      { criteria: patched(criteria, 1, { code: "TC1" }) },
      'Tệp cấu hình rules.json, mục criteria[1].code: "TC1" đã có ở mục criteria[0].code.',
      'Config file rules.json, item criteria[1].code: "TC1" is already given at item criteria[0].code.',
    ],
    [
      "a fraction of a count",
      { awardRules: patched(awardRules, 1, { limit: { count: 1.5 } }) },
      "Tệp cấu hình rules.json, mục awardRules[1].limit.count: gặp 1.5, cần một số nguyên.",
      "Config file rules.json, item awardRules[1].limit.count: found 1.5, expected a whole number.",
    ],
  ])(
    "says what was seen and what is expected for %s, in Vietnamese and English",
    (_n, json, vi, en) => {
      expect(parseRules(json, "rules.json", "vi").findings[0]?.message).toBe(vi);
      expect(parseRules(json, "rules.json", "en").findings[0]?.message).toBe(en);
    },
  );

  it("never throws, whatever it is given", () => {
    const junk: unknown[] = [
      undefined,
      { indicators: [null, 1, "x", [], { code: 5 }] },
      { awards: [{ perUnitLimits: [null, { recipient: 3 }] }] },
      { awardRules: [{ limit: null, excludeAwards: [1, null] }], thresholds: [] },
      { quota: { of: "HTXS" }, tieBreakers: "TC1", caps: {} },
    ];
    for (const json of junk) {
      const result = parseRules(json, "rules.json");
      expect(result.rules).toBeNull();
      expect(result.findings.length).toBeGreaterThan(0);
    }
  });
});

describe("parseRulesText", () => {
  it("reads the written defaults back, with or without a byte-order mark", () => {
    const text = rulesToJson(defaultRules);
    expect(parseRulesText(text, "rules.json")).toEqual({ rules: defaultRules, findings: [] });
    expect(parseRulesText(`\ufeff${text}`, "rules.json").rules).toEqual(defaultRules);
  });

  it("validates what it reads like parseRules", () => {
    expect(
      parseRulesText('{ "period": "Quý 1 năm 2024" }', "rules.json").findings.map((f) => f.code),
    ).toEqual(["config.period-invalid"]);
  });

  it.each<[string, string, string, string]>([
    [
      "a trailing comma",
      '{\n  "cxl": { "minMonthsBeforePeriodEnd": 6 },\n}',
      'Tệp cấu hình cauhinh.json: nội dung không phải JSON hợp lệ ở dòng 3, cột 1 (gặp "}").',
      'Config file cauhinh.json: the content is not valid JSON at line 3, column 1 (found "}").',
    ],
    [
      "a key without quotes",
      '{\n  thresholds: { "HTXS": 85 }\n}',
      'Tệp cấu hình cauhinh.json: nội dung không phải JSON hợp lệ ở dòng 2, cột 3 (gặp "thresholds:").',
      'Config file cauhinh.json: the content is not valid JSON at line 2, column 3 (found "thresholds:").',
    ],
    [
      "a text cut short",
      '{ "thresholds": {',
      "Tệp cấu hình cauhinh.json: nội dung không phải JSON hợp lệ ở dòng 1, cột 18 (gặp chỗ hết nội dung).",
      "Config file cauhinh.json: the content is not valid JSON at line 1, column 18 (found the end of the text).",
    ],
    [
      "an empty file",
      "",
      "Tệp cấu hình cauhinh.json: nội dung không phải JSON hợp lệ ở dòng 1, cột 1 (gặp chỗ hết nội dung).",
      "Config file cauhinh.json: the content is not valid JSON at line 1, column 1 (found the end of the text).",
    ],
  ])("reports %s with its line and column", (_name, text, vi, en) => {
    const { rules, findings } = parseRulesText(text, "cauhinh.json");
    expect(rules).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "config.json-syntax",
      severity: "error",
      file: "cauhinh.json",
      sheet: null,
      cell: null,
      message: vi,
    });
    expect(parseRulesText(text, "cauhinh.json", "en").findings[0]?.message).toBe(en);
  });
});
