import { markTargets } from "./markTargets";
import { errorAt, missingSheet, warningAt } from "./testing/findings";

describe("markTargets", () => {
  it("gives each cell once, an error outweighing a warning, in the order first named", () => {
    const { targets, unplaced } = markTargets(
      [warningAt("F16"), errorAt("$F$14"), errorAt("F16"), warningAt("D11", "chamdiem")],
      ["BaoCao", "ChamDiem"],
      "vi",
    );
    expect(targets.map((t) => [t.sheet, t.cell, t.severity])).toEqual([
      ["BaoCao", "F16", "error"],
      ["BaoCao", "F14", "error"],
      ["ChamDiem", "D11", "warning"],
    ]);
    expect(unplaced).toBe(0);
  });

  it("writes a note that lists every finding of the cell with its severity and hint", () => {
    const { targets } = markTargets([warningAt("F16"), errorAt("F16")], ["BaoCao"], "vi");
    expect(targets[0]?.note).toBe(
      [
        "CĐVC Thi đua – kết quả kiểm tra:",
        `Cảnh báo: ${warningAt("F16").message} ${warningAt("F16").hint}`,
        `Lỗi: ${errorAt("F16").message} ${errorAt("F16").hint}`,
      ].join("\n"),
    );
    expect(markTargets([errorAt("A1")], ["BaoCao"], "en").targets[0]?.note).toMatch(
      /^CĐVC Thi đua – check results:\nError: /,
    );
  });

  it("counts findings it cannot place: no cell, a config path, a sheet that is gone", () => {
    const config = { ...errorAt("A1"), sheet: null, cell: "thresholds.HTT" };
    const { targets, unplaced } = markTargets(
      [missingSheet(), config, errorAt("A1", "DeNghiKhenThuong"), errorAt("B2")],
      ["BaoCao"],
      "vi",
    );
    expect(targets.map((t) => t.cell)).toEqual(["B2"]);
    expect(unplaced).toBe(3);
  });
});
