import { extractReport } from "../report";
import { reportWorkbook, withCells } from "../../../test/support/grid";
import { criterionValue } from "./criterionValue";

const grid = withCells(reportWorkbook(), "ChamDiem", { E4: "13,5", C4: 99, D5: "abc" });
const rows = extractReport(grid, "a.xlsx").report.criteria?.rows ?? [];

describe("criterionValue", () => {
  it("reads the scores, with the configured max points rather than the sheet's", () => {
    expect(criterionValue(rows[0], { code: "TC1", label: "Hội nghị", maxPoints: 15 })).toEqual({
      maxPoints: 15,
      self: 14,
      appraised: 13.5,
    });
  });

  it("reads an unreadable score as null", () => {
    expect(criterionValue(rows[1], { code: "TC2", label: "Chăm lo", maxPoints: 20 })).toEqual({
      maxPoints: 20,
      self: null,
      appraised: null,
    });
  });

  it("reads a missing row as no scores", () => {
    expect(criterionValue(undefined, { code: "TC9", label: "Khác", maxPoints: 5 })).toEqual({
      maxPoints: 5,
      self: null,
      appraised: null,
    });
  });
});
