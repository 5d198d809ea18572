import type { Indicator } from "../rules";
import { indicatorAttainment } from "./indicatorAttainment";
import type { IndicatorValue } from "./types";

type Kind = Pick<Indicator, "kind" | "direction" | "yesTarget">;
const count: Kind = { kind: "count", direction: "higher" };
const fewer: Kind = { kind: "count", direction: "lower" };
const held: Kind = { kind: "yesno", direction: "higher", yesTarget: true };
const plainYesNo: Kind = { kind: "yesno", direction: "higher" };

describe("indicatorAttainment", () => {
  it.each<[string, Kind, IndicatorValue | undefined, number | null]>([
    ["divides actual by target", count, { actual: 153, target: 59 }, 153 / 59],
    ["flips where less is better", fewer, { actual: 2, target: 4 }, 2],
    ["gives 1 for no loss where less is better", fewer, { actual: 0, target: 3 }, 1],
    ["has no rate without a target", count, { actual: 12, target: null }, null],
    ["has no rate with a target of 0", count, { actual: 12, target: 0 }, null],
    ["has no rate without an actual", count, { actual: null, target: 5 }, null],
    ["has no rate for an indicator the unit lacks", count, undefined, null],
    ["gives 1 for Có where the target is Có", held, { actual: true, target: null }, 1],
    ["gives 0 for Không where the target is Có", held, { actual: false, target: null }, 0],
    [
      "has no rate for a yes/no indicator without a target",
      plainYesNo,
      { actual: true, target: null },
      null,
    ],
  ])("%s", (_name, indicator, value, expected) => {
    expect(indicatorAttainment(indicator, value)).toBe(expected);
  });
});
