import { defaultRules } from "../rules";
import {
  codesAndCells,
  day,
  reportWorkbook,
  withCells,
  withoutSheet,
} from "../../../test/support/grid";
import { validateWorkbook } from "./validateWorkbook";

const FILE = "cd001.xlsx";

describe("validateWorkbook", () => {
  it("finds nothing wrong with a correct full workbook, and reads all its values", () => {
    const { unit, findings } = validateWorkbook(reportWorkbook(), FILE, defaultRules);
    expect(findings).toEqual([]);
    expect(unit).toMatchObject({
      file: FILE,
      code: "CD001",
      name: "Công đoàn Sở Y tế",
      cluster: "Cụm 1",
      period: { kind: "year", year: 2024 },
      periodText: "Năm 2024",
      founded: day(2010, 3, 15),
      reportDate: day(2024, 12, 10),
    });
    expect(Object.keys(unit?.indicators ?? {})).toHaveLength(18);
    expect(unit?.indicators).toMatchObject({
      DV01: { target: null, actual: 120 },
      DV04: { target: 10, actual: 12 },
      CL01: { target: null, actual: true },
      CL03: { target: null, actual: 22.75 },
      CB01: { target: 10, actual: 12 },
    });
    expect(unit?.criteria).toEqual({
      TC1: { maxPoints: 15, self: 14, appraised: null },
      TC2: { maxPoints: 20, self: 18, appraised: null },
      TC3: { maxPoints: 20, self: 19, appraised: null },
      TC4: { maxPoints: 10, self: 9, appraised: null },
      TC5: { maxPoints: 20, self: 18, appraised: null },
      TC6: { maxPoints: 5, self: 5, appraised: null },
      TC7: { maxPoints: 10, self: 9, appraised: null },
    });
    expect(unit?.report.indicators?.rows).toHaveLength(18);
  });

  it("reads numbers kept as text in the indicator's unit, and warns about each", () => {
    const grid = withCells(reportWorkbook({ code: " cd007 " }), "BaoCao", {
      F20: "22.750.000 đồng",
      F12: "120",
      F23: "1,6 tỷ",
    });
    const { unit, findings } = validateWorkbook(grid, FILE, defaultRules);
    expect(codesAndCells(findings)).toEqual([
      ["number.as-text", "F12"],
      ["number.as-text", "F20"],
      ["number.as-text", "F23"],
    ]);
    expect(unit?.code).toBe("CD007");
    expect(unit?.indicators.CL03).toEqual({ target: null, actual: 22.75 });
    expect(unit?.indicators.DV01).toEqual({ target: null, actual: 120 });
    expect(unit?.indicators.CL06).toEqual({ target: null, actual: 1600 });
  });

  it("collects every finding of a workbook with many defects, shape first", () => {
    const grid = withCells(
      withCells(reportWorkbook(), "BaoCao", {
        C2: "CDVC-BC 0",
        C5: "Năm học 2024",
        F14: "khoảng 20",
        F18: "Chưa",
        A8: "Ngày",
      }),
      "ChamDiem",
      { D6: null, E4: 16 },
    );
    const { unit, findings } = validateWorkbook(grid, FILE, defaultRules);
    expect(codesAndCells(findings)).toEqual([
      ["form.field-missing", null],
      ["form.version", "C2"],
      ["period.invalid", "C5"],
      ["number.not-a-number", "F14"],
      ["yesno.invalid", "F18"],
      ["score.self-missing", "D6"],
      ["score.above-max", "E4"],
      ["score.total-mismatch", "D11"],
    ]);
    expect(unit?.period).toBeNull();
    expect(unit?.reportDate).toBeNull();
    expect(unit?.indicators.DV03).toEqual({ target: null, actual: null });
    expect(unit?.indicators.CL01).toEqual({ target: null, actual: null });
    expect(unit?.criteria.TC3).toEqual({ maxPoints: 20, self: null, appraised: null });
  });

  it("reads only the unit's header when its figures are not asked for, with the same findings", () => {
    const grid = withCells(reportWorkbook(), "BaoCao", { F14: "khoảng 20", C5: "Năm học 2024" });
    const full = validateWorkbook(grid, FILE, defaultRules);
    const header = validateWorkbook(grid, FILE, defaultRules, { values: false });
    expect(header.findings).toEqual(full.findings);
    const {
      indicators: _indicators,
      criteria: _criteria,
      proposals: _proposals,
      droppedProposals: _dropped,
      ...fields
    } = full.unit!;
    expect(header.unit).toEqual(fields);
    expect(header.unit).not.toHaveProperty("indicators");
    expect(
      validateWorkbook(withoutSheet(grid, "BaoCao"), FILE, defaultRules, { values: false }).unit,
    ).toBeNull();
  });

  it("yields no unit without a BaoCao sheet, but still checks the scoresheet", () => {
    const grid = withCells(withoutSheet(reportWorkbook(), "BaoCao"), "ChamDiem", { D4: "abc" });
    const { unit, findings } = validateWorkbook(grid, FILE, defaultRules);
    expect(unit).toBeNull();
    expect(codesAndCells(findings)).toEqual([
      ["form.sheet-missing", null],
      ["number.not-a-number", "D4"],
    ]);
  });

  it("writes its findings in the language asked for", () => {
    const grid = withCells(reportWorkbook(), "BaoCao", { F14: "khoảng 20" });
    const vi = validateWorkbook(grid, FILE, defaultRules).findings[0];
    const en = validateWorkbook(grid, FILE, defaultRules, { lang: "en" }).findings[0];
    expect(vi?.message).toBe("Ô F14 trang BaoCao: 'khoảng 20' không phải là số.");
    expect(vi?.hint).toBe("Nhập một số, ví dụ 20.");
    expect(en?.message).toBe("Cell F14 on sheet BaoCao: 'khoảng 20' is not a number.");
  });
});
