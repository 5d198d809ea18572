import { defaultRules } from "../../src/core/rules";
import { writeTemplate } from "../../src/workbook/template";
import { fillTemplate } from "./fillTemplate";
import { loadWorkbook } from "./readXlsx";
import { validUnitValues } from "./validUnitValues";

describe("fillTemplate", () => {
  it("fills header fields, figures and scores into the template's input cells", async () => {
    const template = await writeTemplate(defaultRules, { unitCode: "CD007", period: "Năm 2024" });
    const values = validUnitValues(3);
    const filled = await fillTemplate(template, values, {
      unitName: "CĐCS Bệnh viện Đa khoa",
      cluster: "Cụm 2",
      reportDate: new Date(Date.UTC(2024, 11, 10)),
    });
    const workbook = await loadWorkbook(filled);
    const report = workbook.getWorksheet("BaoCao")!;
    expect(["C4", "C5", "C6", "C7"].map((a) => report.getCell(a).value)).toEqual([
      "CD007",
      "CĐCS Bệnh viện Đa khoa",
      "Năm 2024",
      "Cụm 2",
    ]);
    expect(report.getCell("C9").value).toEqual(new Date(Date.UTC(2024, 11, 10)));
    // DV01 is row 14, DV04 (with a target) row 17, CL01 (yes/no) row 20.
    expect(report.getCell("F14").value).toBe(values.indicators.DV01!.actual);
    expect(report.getCell("E17").value).toBe(values.indicators.DV04!.target);
    expect(report.getCell("F20").value).toBe(values.indicators.CL01!.actual ? "Có" : "Không");
    const scores = workbook.getWorksheet("ChamDiem")!;
    expect(scores.getCell("D5").value).toBe(values.scores.TC1!.self);
    expect(scores.getCell("D11").value).toBe(values.scores.TC7!.self);
  });

  it("keeps the template's validations and protection", async () => {
    const filled = await fillTemplate(await writeTemplate(defaultRules, {}), validUnitValues(1));
    const report = (await loadWorkbook(filled)).getWorksheet("BaoCao")!;
    expect(report.getCell("F14").dataValidation).toMatchObject({ type: "whole" });
    expect(report.getCell("F14").protection).toMatchObject({ locked: false });
    expect((report as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
    });
  });

  it("refuses a code the template does not have", async () => {
    const template = await writeTemplate(defaultRules, {});
    await expect(
      fillTemplate(template, { indicators: { ZZ99: { actual: 1 } }, scores: {} }),
    ).rejects.toThrow("no row with code ZZ99");
  });
});
