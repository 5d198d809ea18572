import type { Indicator, Rules } from "../rules";
import { tieBreakerValues } from "./tieBreakerValues";
import type { UnitValues } from "./types";

const xd01: Indicator = {
  code: "XD01",
  label: "Đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp",
  unit: "người",
  kind: "count",
  direction: "higher",
  hasTarget: true,
  integer: true,
};
const base: Pick<Rules, "tieBreakers" | "criteria" | "indicators"> = {
  tieBreakers: [],
  criteria: [{ code: "TC2", label: "Chăm lo đời sống", maxPoints: 20 }],
  indicators: [xd01],
};
const unit: Pick<UnitValues, "criteria" | "indicators"> = {
  criteria: { TC2: { self: 22, appraised: 17.5 } },
  indicators: { XD01: { target: 59, actual: 153 } },
};

describe("tieBreakerValues", () => {
  it.each<[string, Rules["tieBreakers"], (number | null)[]]>([
    ["gives nothing without tie-breakers", [], []],
    ["gives a criterion's score as counted (appraised)", [{ criterion: "TC2" }], [17.5]],
    ["gives an indicator's attainment", [{ indicator: "XD01" }], [153 / 59]],
    ["keeps the configured order", [{ indicator: "XD01" }, { criterion: "TC2" }], [153 / 59, 17.5]],
    ["gives null for a criterion the rules do not define", [{ criterion: "TC9" }], [null]],
    ["gives null for an indicator the rules do not define", [{ indicator: "ZZ01" }], [null]],
  ])("%s", (_name, tieBreakers, expected) => {
    expect(tieBreakerValues(unit, { ...base, tieBreakers })).toEqual(expected);
  });

  it("clips a criterion's score to the configured max points", () => {
    const selfOnly = { ...unit, criteria: { TC2: { self: 22, appraised: null } } };
    expect(tieBreakerValues(selfOnly, { ...base, tieBreakers: [{ criterion: "TC2" }] })).toEqual([
      20,
    ]);
  });
});
