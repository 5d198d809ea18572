import { defaultRules, type Rules } from "../../src/core/rules";
import { validUnitValues } from "./validUnitValues";

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe("validUnitValues", () => {
  it("gives the same values for the same seed and other values for another", () => {
    expect(validUnitValues(5)).toEqual(validUnitValues(5));
    expect(validUnitValues(5)).not.toEqual(validUnitValues(6));
  });

  it("gives every indicator an actual and every criterion a self score", () => {
    const values = validUnitValues(1);
    expect(Object.keys(values.indicators)).toEqual(defaultRules.indicators.map((i) => i.code));
    expect(Object.keys(values.scores)).toEqual(defaultRules.criteria.map((c) => c.code));
  });

  it.each(SEEDS)("keeps women ≤ members ≤ employees (seed %i)", (seed) => {
    const { indicators } = validUnitValues(seed);
    const [dv01, dv02, dv03] = ["DV01", "DV02", "DV03"].map((c) => indicators[c]!.actual as number);
    expect(dv03).toBeLessThanOrEqual(dv02!);
    expect(dv02).toBeLessThanOrEqual(dv01!);
  });

  it.each(SEEDS)(
    "writes whole, non-negative counts and yes/no answers by kind (seed %i)",
    (seed) => {
      const { indicators } = validUnitValues(seed);
      for (const indicator of defaultRules.indicators) {
        const { actual, target } = indicators[indicator.code]!;
        if (indicator.kind === "yesno") {
          expect(typeof actual).toBe("boolean");
          expect(target).toBeUndefined();
          continue;
        }
        expect(typeof actual).toBe("number");
        expect(actual as number).toBeGreaterThanOrEqual(0);
        if (indicator.integer) expect(Number.isInteger(actual)).toBe(true);
        if (indicator.hasTarget) expect(target as number).toBeGreaterThanOrEqual(1);
        else expect(target).toBeUndefined();
      }
    },
  );

  it.each(SEEDS)("scores within max points, in halves (seed %i)", (seed) => {
    const { scores } = validUnitValues(seed);
    for (const criterion of defaultRules.criteria) {
      const self = scores[criterion.code]!.self as number;
      expect(self).toBeGreaterThanOrEqual(0);
      expect(self).toBeLessThanOrEqual(criterion.maxPoints);
      expect(Number.isInteger(self * 2)).toBe(true);
    }
  });

  it("follows a chain of bounds declared in any order", () => {
    const count = (code: string, atMost?: string) => ({
      code,
      label: code,
      unit: "người",
      kind: "count" as const,
      direction: "higher" as const,
      hasTarget: false,
      integer: true,
      ...(atMost ? { atMost } : {}),
    });
    const rules: Rules = {
      ...defaultRules,
      indicators: [count("A3", "A2"), count("A2", "A1"), count("A1")],
    };
    for (const seed of SEEDS) {
      const { indicators } = validUnitValues(seed, rules);
      const [a1, a2, a3] = ["A1", "A2", "A3"].map((c) => indicators[c]!.actual as number);
      expect(a3).toBeLessThanOrEqual(a2!);
      expect(a2).toBeLessThanOrEqual(a1!);
    }
  });
});
