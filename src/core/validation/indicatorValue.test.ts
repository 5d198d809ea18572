import { extractReport } from "../report";
import { defaultRules } from "../rules";
import { reportWorkbook, withCells } from "../../../test/support/grid";
import { indicatorValue } from "./indicatorValue";

function value(cells: Parameters<typeof withCells>[2], code: string) {
  const grid = withCells(reportWorkbook(), "BaoCao", cells);
  const rows = extractReport(grid, "a.xlsx").report.indicators?.rows ?? [];
  return indicatorValue(
    rows.find((r) => r.code === code),
    defaultRules.indicators.find((i) => i.code === code)!,
  );
}

describe("indicatorValue", () => {
  it.each<[string, Parameters<typeof withCells>[2], string, ReturnType<typeof indicatorValue>]>([
    ["a target and an actual", {}, "DV04", { target: 10, actual: 12 }],
    ["no target", {}, "DV01", { target: null, actual: 120 }],
    ["an unreadable target as null", { E15: "mười" }, "DV04", { target: null, actual: 12 }],
    [
      "a yes/no answer, the target being the configuration's",
      { F18: "không" },
      "CL01",
      { target: null, actual: false },
    ],
    [
      "an unreadable yes/no answer as null",
      { F18: "chưa" },
      "CL01",
      { target: null, actual: null },
    ],
    [
      "money with a scale word, in the indicator's unit",
      { F23: "1,6 tỷ" },
      "CL06",
      { target: null, actual: 1600 },
    ],
  ])("reads %s", (_name, cells, code, expected) => {
    expect(value(cells, code)).toEqual(expected);
  });

  it("reads a missing row as nothing", () => {
    expect(indicatorValue(undefined, defaultRules.indicators[0]!)).toEqual({
      target: null,
      actual: null,
    });
  });
});
