import type { Indicator } from "../rules";
import { indicatorMet } from "./indicatorMet";
import type { IndicatorValue } from "./types";

type Kind = Pick<Indicator, "kind" | "direction">;
const yesno: Kind = { kind: "yesno", direction: "higher" };
const count: Kind = { kind: "count", direction: "higher" };
const fewer: Kind = { kind: "count", direction: "lower" };
const v = (actual: IndicatorValue["actual"], target: number | null = null): IndicatorValue => ({
  actual,
  target,
});

describe("indicatorMet", () => {
  it.each<[string, Kind, IndicatorValue | undefined, boolean]>([
    ["meets a yes/no indicator answered Có", yesno, v(true), true],
    ["misses a yes/no indicator answered Không", yesno, v(false), false],
    ["misses a yes/no indicator left empty", yesno, v(null), false],
    ["misses an indicator the unit does not have", yesno, undefined, false],
    ["meets a count that reaches its target exactly", count, v(40, 40), true],
    ["meets a count above its target", count, v(41, 40), true],
    ["misses a count below its target (actual < target)", count, v(36, 40), false],
    ["meets a count without a target: nothing to fall short of", count, v(3, null), true],
    ["meets a count with a target of 0", count, v(0, 0), true],
    ["misses a count left empty even with a target", count, v(null, 5), false],
    ["meets a less-is-better count at or below its target", fewer, v(5, 5), true],
    ["misses a less-is-better count above its target", fewer, v(6, 5), false],
    ["meets a less-is-better count of 0 against a target of 0", fewer, v(0, 0), true],
    ["misses a count whose actual is a yes/no answer", count, v(true, 1), false],
  ])("%s", (_name, indicator, value, expected) => {
    expect(indicatorMet(indicator, value)).toBe(expected);
  });
});
