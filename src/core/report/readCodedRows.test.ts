import { sheet } from "../../../test/support/grid";
import { readCodedRows } from "./readCodedRows";

describe("readCodedRows", () => {
  const s = sheet("BaoCao", [
    ["Mã số", "Thực hiện"],
    [null, "I. ĐOÀN VIÊN"],
    [" dv01 ", 120],
    ["  ", 7],
    ["DV01", 5],
    [101, 3],
    ["Tổng", 9],
  ]);

  it("keeps rows with a code, trimmed and upper-cased, repeats included, with their row numbers", () => {
    expect(
      readCodedRows(s, 0, { code: 0, actual: 1 }, "code").map((r) => [
        r.code,
        r.row,
        r.cells.actual.address,
      ]),
    ).toEqual([
      ["DV01", 3, "B3"],
      ["DV01", 5, "B5"],
      ["101", 6, "B6"],
      ["TỔNG", 7, "B7"],
    ]);
  });

  it("leaves out the rows it is told to skip", () => {
    expect(readCodedRows(s, 0, { code: 0 }, "code", new Set([6])).map((r) => r.code)).toEqual([
      "DV01",
      "DV01",
      "101",
    ]);
  });
});
