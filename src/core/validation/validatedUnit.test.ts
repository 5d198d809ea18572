import { extractReport } from "../report";
import { defaultRules } from "../rules";
import {
  day,
  reportWorkbook,
  withCells,
  withoutSheet,
  withProposals,
  withRows,
} from "../../../test/support/grid";
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

  it("has no proposals without the DeNghiKhenThuong sheet", () => {
    expect(unitOf(reportWorkbook())).toMatchObject({ proposals: [], droppedProposals: [] });
  });

  it("keeps the proposals that count and the rows dropped, members limiting by DV02", () => {
    const person = (name: string) =>
      [name, "Cá nhân", "Kế toán", "GK CĐVC", "Thường xuyên", "x"] as const;
    // DV02 (F13) = 15 members: 2 individual Giấy khen.
    const grid = withCells(
      withProposals(reportWorkbook(), [
        person("Lê Văn An"),
        ["Phòng Tổ chức", "Tập thể", null, "Cờ thi đua", "Chuyên đề", "Dẫn đầu cụm"],
        person("Trần Thị Bình"),
        person("Phạm Văn Cường"),
      ]),
      "BaoCao",
      { F13: 15 },
    );
    const unit = unitOf(grid);
    expect(unit?.proposals.map((p) => [p.row, p.name, p.subject, p.award, p.kind])).toEqual([
      [4, "Lê Văn An", "individual", "Giấy khen của CĐVC tỉnh", "regular"],
      [5, "Phòng Tổ chức", "collective", "Cờ thi đua của LĐLĐ tỉnh", "thematic"],
      [6, "Trần Thị Bình", "individual", "Giấy khen của CĐVC tỉnh", "regular"],
    ]);
    expect(unit?.droppedProposals.map((d) => [d.row, d.problems.map((p) => p.code)])).toEqual([
      [7, ["proposal.over-limit"]],
    ]);
  });

  it("takes the members from the indicator the rules name", () => {
    const grid = withCells(
      withProposals(reportWorkbook(), [
        ["Lê Văn An", "Cá nhân", "Kế toán", "GK CĐVC", "Thường xuyên", "x"],
        ["Trần Thị Bình", "Cá nhân", "Kế toán", "GK CĐVC", "Thường xuyên", "x"],
      ]),
      "BaoCao",
      { F13: 100, F12: 5 },
    );
    const rules = { ...defaultRules, membersIndicator: "DV01" };
    const unit = validatedUnit(extractReport(grid, "a.xlsx").report, rules);
    expect(unit?.proposals.map((p) => p.row)).toEqual([4]);
    expect(unit?.droppedProposals.map((d) => d.row)).toEqual([5]);
  });

  it("keeps the report for pointing at cells", () => {
    expect(unitOf(reportWorkbook())?.report.fields.unitCode?.value?.address).toBe("C3");
  });
});
