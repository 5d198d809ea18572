import type { Finding } from "../../core/findings/finding";
import { groupFindings } from "./findingGroups";

const finding = (code: string, sheet: string | null, cell: string | null): Finding => ({
  code,
  severity: "error",
  file: "CD008.xlsx",
  sheet,
  cell,
  message: code,
  hint: "",
});

const shape = (findings: Finding[]) =>
  groupFindings(findings).map((g) => [
    g.sheet,
    g.findings.map((f) => `${f.code}@${f.cell ?? "-"}`),
  ]);

describe("groupFindings", () => {
  it("puts file-wide findings first, then each sheet in the order its first finding came", () => {
    expect(
      shape([
        finding("score.over-max", "ChamDiem", "D5"),
        finding("number.not-a-number", "BaoCao", "F20"),
        finding("form.version", null, null),
      ]),
    ).toEqual([
      [null, ["form.version@-"]],
      ["ChamDiem", ["score.over-max@D5"]],
      ["BaoCao", ["number.not-a-number@F20"]],
    ]);
  });

  it("orders a sheet's findings by row, then column, a finding without a cell first", () => {
    expect(
      shape([
        finding("a", "BaoCao", "F20"),
        finding("b", "BaoCao", "AA9"),
        finding("c", "BaoCao", "B9"),
        finding("d", "BaoCao", null),
        finding("e", "BaoCao", "F14"),
      ]),
    ).toEqual([["BaoCao", ["d@-", "c@B9", "b@AA9", "e@F14", "a@F20"]]]);
  });

  it("keeps the order of findings at the same cell", () => {
    expect(
      shape([finding("first", "BaoCao", "F15"), finding("second", "BaoCao", "$F$15")]),
    ).toEqual([["BaoCao", ["first@F15", "second@$F$15"]]]);
  });

  it("keeps config findings, whose cell is a JSON path, in their order", () => {
    expect(
      shape([finding("x", "rules", "thresholds.HTT"), finding("y", "rules", "indicators[3].code")]),
    ).toEqual([["rules", ["x@thresholds.HTT", "y@indicators[3].code"]]]);
  });

  it("gives no group for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });
});
