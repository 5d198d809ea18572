import { extractReport } from "../report";
import { defaultRules } from "../rules";
import { day, reportWorkbook, withCells, withoutSheet, withRows } from "../../../test/support/grid";
import { validatedUnit } from "./validatedUnit";

const unitOf = (grid: ReturnType<typeof reportWorkbook>) =>
  validatedUnit(extractReport(grid, "a.xlsx").report, defaultRules);

describe("validatedUnit", () => {
  it("reads the header fields, trimmed, with the unit code upper-cased", () => {
    const grid = withCells(reportWorkbook(), "BaoCao", {
      C3: " cd042 ",
      C4: " CĐCS Trường A ",
      C5: "6 thang dau nam 2021",
      C8: "08/01/2021",
    });
    expect(unitOf(grid)).toMatchObject({
      file: "a.xlsx",
      code: "CD042",
      name: "CĐCS Trường A",
      cluster: "Cụm 1",
      period: { kind: "first-half", year: 2021 },
      periodText: "6 thang dau nam 2021",
      founded: day(2010, 3, 15),
      reportDate: day(2021, 1, 8),
    });
  });

  it("reads absent and unreadable fields as empty", () => {
    const grid = withCells(reportWorkbook(), "BaoCao", {
      C3: null,
      A6: null,
      C6: null,
      C5: "kỳ này",
      C7: "xưa",
    });
    expect(unitOf(grid)).toMatchObject({
      code: "",
      cluster: null,
      period: null,
      periodText: "kỳ này",
      founded: null,
    });
  });

  it("gives every configured code a value, the first row of a repeat counting, and none to unknown codes", () => {
    const grid = withRows(withCells(reportWorkbook(), "BaoCao", { B16: null }), "BaoCao", [
      [19, "DV01", "Lặp", "người", null, 999],
      [20, "XX01", "Riêng", "lượt", null, 3],
    ]);
    const unit = unitOf(grid);
    expect(Object.keys(unit?.indicators ?? {})).toEqual(defaultRules.indicators.map((i) => i.code));
    expect(unit?.indicators.DV01).toEqual({ target: null, actual: 120 });
    expect(unit?.indicators.DV05).toEqual({ target: null, actual: null });
    expect(unit?.indicators.XX01).toBeUndefined();
    expect(Object.keys(unit?.criteria ?? {})).toEqual([
      "TC1",
      "TC2",
      "TC3",
      "TC4",
      "TC5",
      "TC6",
      "TC7",
    ]);
  });

  it("yields no unit without a BaoCao sheet", () => {
    expect(unitOf(withoutSheet(reportWorkbook(), "BaoCao"))).toBeNull();
  });

  it("keeps the report for pointing at cells", () => {
    expect(unitOf(reportWorkbook())?.report.fields.unitCode?.value?.address).toBe("C3");
  });
});
