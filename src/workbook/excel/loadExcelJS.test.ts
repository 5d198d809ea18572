import { loadExcelJS } from "./loadExcelJS";

describe("loadExcelJS", () => {
  it("gives the module whose Workbook makes worksheets", async () => {
    const ExcelJS = await loadExcelJS();
    const sheet = new ExcelJS.Workbook().addWorksheet("BaoCao");
    expect(sheet.name).toBe("BaoCao");
  });
});
