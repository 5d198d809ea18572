import { defaultRules } from "./defaultRules";
import { ClassCodeSchema, CriterionSchema, IndicatorSchema, RulesSchema } from "./schema";

describe("RulesSchema", () => {
  it("accepts the defaults and gives them back unchanged", () => {
    const result = RulesSchema.safeParse(defaultRules);
    expect(result.success && result.data).toEqual(defaultRules);
  });

  it("refuses cross-field problems, carrying the problem on the issue", () => {
    const result = RulesSchema.safeParse({
      ...defaultRules,
      thresholds: { HTXS: 70, HTT: 90, HT: 50 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      {
        code: "custom",
        path: ["thresholds", "HTT"],
        message: "config.thresholds-order",
        params: { problem: { finding: "config.thresholds-order", seen: 90 } },
      },
    ]);
  });

  it("still checks the fields against each other when some field has the wrong type", () => {
    const result = RulesSchema.safeParse({
      ...defaultRules,
      quota: { ...defaultRules.quota, min: 0.5 },
      cxl: { minMonthsBeforePeriodEnd: "6" },
      caps: [{ indicator: "XX01", when: "not-met", maxClass: "HT" }],
    });
    expect(result.error?.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid_type", "cxl.minMonthsBeforePeriodEnd"],
      ["not_multiple_of", "quota.min"],
      ["custom", "caps.0.indicator"],
    ]);
  });

  it("refuses keys it does not know, at every level", () => {
    const result = RulesSchema.safeParse({
      ...defaultRules,
      colour: "red",
      thresholds: { ...defaultRules.thresholds, HTX: 95 },
    });
    expect(result.error?.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unrecognized_keys", "thresholds"],
      ["unrecognized_keys", ""],
    ]);
  });
});

describe("IndicatorSchema and CriterionSchema", () => {
  it.each([
    [
      {
        code: "XD03",
        label: "Đảng viên mới",
        unit: "người",
        kind: "count",
        direction: "higher",
        hasTarget: true,
        integer: true,
      },
      true,
    ],
    [
      {
        code: "XD03",
        label: " ",
        unit: "người",
        kind: "count",
        direction: "higher",
        hasTarget: true,
        integer: true,
      },
      false,
    ],
    [
      {
        code: "XD 03",
        label: "Đảng viên mới",
        unit: "người",
        kind: "count",
        direction: "higher",
        hasTarget: true,
        integer: true,
      },
      false,
    ],
    [
      {
        code: "XD03",
        label: "Đảng viên mới",
        unit: "người",
        kind: "count",
        direction: "up",
        hasTarget: true,
        integer: true,
      },
      false,
    ],
    [
      {
        code: "XD03",
        label: "Đảng viên mới",
        unit: "người",
        kind: "count",
        direction: "higher",
        hasTarget: true,
      },
      false,
    ],
  ])("checks the indicator %j (valid: %s)", (indicator, valid) => {
    expect(IndicatorSchema.safeParse(indicator).success).toBe(valid);
  });

  it.each([
    [{ code: "TC8", label: "Công tác khác", maxPoints: 2.5 }, true],
    [{ code: "TC8", label: "Công tác khác", maxPoints: 0 }, false],
    [{ code: "TC8", label: "Công tác khác", maxPoints: -5 }, false],
    [{ code: "TC8", label: "Công tác khác", maxPoints: "5" }, false],
  ])("checks the criterion %j (valid: %s)", (criterion, valid) => {
    expect(CriterionSchema.safeParse(criterion).success).toBe(valid);
  });

  it("knows the five classification codes", () => {
    expect(ClassCodeSchema.options).toEqual(["HTXS", "HTT", "HT", "KHT", "CXL"]);
  });
});
