import { sheet } from "../../../test/support/grid";
import { findTableHeader } from "./findTableHeader";
import { indexLabels } from "./indexLabels";

const LABELS = { code: "Mã số", label: "Tiêu chí", self: "Tự chấm" };

function header(rows: Parameters<typeof sheet>[1]) {
  return findTableHeader(indexLabels(sheet("ChamDiem", rows)), LABELS);
}

describe("findTableHeader", () => {
  it("finds the row holding every label, in any order and place", () => {
    expect(header([[], ["Mã số"], [null, "TU CHAM", "ma so", "Tiêu chí:"]])).toEqual({
      ok: true,
      row: 2,
      columns: { code: 2, label: 3, self: 1 },
    });
  });

  it("takes the first such row", () => {
    expect(
      header([
        ["Mã số", "Tiêu chí", "Tự chấm"],
        ["Mã số", "Tiêu chí", "Tự chấm"],
      ]),
    ).toMatchObject({ row: 0 });
  });

  it("names the labels missing from the closest row", () => {
    expect(header([["Mã số"], ["Mã số", "Tiêu chí", "Điểm"]])).toEqual({
      ok: false,
      missing: ["Tự chấm"],
    });
  });

  it("names every label when none is found", () => {
    expect(header([["STT"]])).toEqual({ ok: false, missing: ["Mã số", "Tiêu chí", "Tự chấm"] });
  });
});
