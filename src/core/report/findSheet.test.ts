import { sheet, workbook } from "../../../test/support/grid";
import { findSheet, isFormSheetName } from "./findSheet";

describe("findSheet", () => {
  it.each([["BaoCao"], ["Bao cao"], ["BAOCAO"], ["Báo Cáo"], [" bao  CAO "]])(
    "finds BaoCao named %j",
    (name) => {
      expect(findSheet(workbook(sheet("Khác", []), sheet(name, [])), "BaoCao")?.name).toBe(name);
    },
  );

  it("prefers the sheet named exactly as the form", () => {
    expect(findSheet(workbook(sheet("Bao cao", []), sheet("BaoCao", [])), "BaoCao")?.name).toBe(
      "BaoCao",
    );
  });

  it("returns null when no sheet matches", () => {
    expect(findSheet(workbook(sheet("BaoCao2", []), sheet("Cham diem", [])), "BaoCao")).toBeNull();
  });
});

describe("isFormSheetName", () => {
  it.each([
    ["BaoCao", true],
    ["Bao cao", true],
    ["CHAMDIEM", true],
    ["Chấm điểm", true],
    ["DeNghiKhenThuong", true],
    ["HuongDan", false],
    ["Sheet1", false],
  ])("%s → %s", (name, expected) => {
    expect(isFormSheetName(name)).toBe(expected);
  });
});
