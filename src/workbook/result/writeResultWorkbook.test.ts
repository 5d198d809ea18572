import { cellXml, loadWorkbook, sheetXml, xlsxParts } from "../../../test/support/readXlsx";
import { setText } from "../excel/setText";
import type { ResultSheet } from "./resultSheet";
import {
  GENERATED_AT,
  INJECTIONS,
  sampleResult,
  sampleRules,
  writeSample,
  writtenThroughExcelJS,
} from "./testSupport";
import { writeResultWorkbook } from "./writeResultWorkbook";

const SHEETS = [
  "Tổng hợp",
  "Xếp loại",
  "Khen thưởng",
  "Đề nghị khen thưởng",
  "Kiểm tra",
  "Theo dõi nộp báo cáo",
  "Báo cáo",
  "Cấu hình",
];

let bytes: Uint8Array;

beforeAll(async () => {
  bytes = (await writeSample()).bytes;
});

describe("writeResultWorkbook", () => {
  it("writes the six sheets in order", async () => {
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    // Excel recalculates the live totals on opening (ExcelJS does not read calcPr back).
    expect(xlsxParts(bytes)["xl/workbook.xml"]).toMatch(/<calcPr[^>]* fullCalcOnLoad="1"/);
  });

  it.each(["vi", "en"] as const)(
    "writes the same parts as ExcelJS's own worksheets would (%s)",
    async (lang) => {
      const result = sampleResult(lang);
      const lean = await writeResultWorkbook(result, sampleRules, {
        lang,
        generatedAt: GENERATED_AT,
      });
      const exceljs = await writtenThroughExcelJS(result, sampleRules, { lang });
      expect(xlsxParts(lean)).toEqual(xlsxParts(exceljs));
    },
  );

  it("adds extra sheets after the standard ones", async () => {
    const extra: ResultSheet = {
      name: "Ghi chú",
      write(sheet, { result }) {
        setText(sheet.getCell("A1"), `${result.units.length}`);
      },
    };
    const written = await loadWorkbook(
      await writeResultWorkbook(sampleResult(), sampleRules, { extraSheets: [extra] }),
    );
    expect(written.worksheets.map((s) => s.name)).toEqual([...SHEETS, "Ghi chú"]);
    expect(written.getWorksheet("Ghi chú")!.getCell("A1").value).toBe("13");
  });

  it.each(SHEETS)("freezes the header of %s and prints it on A4 landscape", async (name) => {
    const sheet = (await loadWorkbook(bytes)).getWorksheet(name)!;
    expect(sheet.views[0]?.state).toBe("frozen");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });

  it.each([
    ["Tổng hợp", "C5", INJECTIONS.CD01],
    ["Tổng hợp", "C6", INJECTIONS.CD02],
    ["Tổng hợp", "C10", INJECTIONS.CD03],
    ["Tổng hợp", "C11", INJECTIONS.CD04],
    ["Xếp loại", "D4", INJECTIONS.CD01],
    ["Xếp loại", "D5", INJECTIONS.CD03],
    ["Xếp loại", "D6", INJECTIONS.CD02],
    ["Xếp loại", "D7", INJECTIONS.CD04],
    ["Khen thưởng", "C4", INJECTIONS.CD01],
    ["Khen thưởng", "C6", INJECTIONS.CD02],
    ["Kiểm tra", "C5", INJECTIONS.CD01],
    ["Kiểm tra", "C8", INJECTIONS.CD04],
    ["Kiểm tra", "A17", "+bad.xlsx"],
  ])("writes %s!%s (%s) as a shared-string text cell, never a formula", (name, address, text) => {
    const cell = cellXml(sheetXml(bytes, name), address);
    expect(cell).toMatch(/ t="s"/);
    expect(cell).not.toMatch(/<f>/);
    const escaped = text
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      .replace(/</g, "&lt;");
    // Checked without printing the whole part when it fails.
    expect(xlsxParts(bytes)["xl/sharedStrings.xml"]!.includes(`<t>${escaped}</t>`)).toBe(true);
  });

  it.each(SHEETS)("writes on %s no formula but the totals' own", (name) => {
    const formulas = [...sheetXml(bytes, name).matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!);
    for (const formula of formulas) {
      expect(formula).toMatch(/^(SUM|COUNTIF|IF)\(/);
      expect(formula).not.toMatch(/HYPERLINK|cmd|@/);
    }
    expect(formulas.length > 0).toBe(name === "Tổng hợp");
  });

  it("writes headers and labels in English when asked, keeping the sheet names", async () => {
    const result = sampleResult("en");
    const workbook = await loadWorkbook(
      await writeResultWorkbook(result, sampleRules, { lang: "en" }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    const summary = workbook.getWorksheet("Tổng hợp")!;
    expect(summary.getCell("C3").value).toBe("Grassroots union");
    expect(summary.getCell("H4").value).toBe("Target");
    expect(summary.getCell("L5").value).toBe("Yes");
    expect(summary.getCell("L15").formula).toBe('COUNTIF(L5:L14,"Yes")');
    const checks = workbook.getWorksheet("Kiểm tra")!;
    expect(checks.getCell("D16").value).toBe("Rejected");
    expect(checks.getCell("D14").value).toBe("Replaced by i-moi.xlsx");
    expect(workbook.getWorksheet("Xếp loại")!.getCell("H4").value).toBe(
      "Tasks completed with excellence",
    );
  });
});
