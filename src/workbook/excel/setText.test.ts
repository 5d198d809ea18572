import { cellXml, loadWorkbook, sheetXml, xlsxParts } from "../../../test/support/readXlsx";
import { loadExcelJS } from "./loadExcelJS";
import { setText } from "./setText";

const TEXTS = [
  ["A1", '=HYPERLINK("http://example.com","bấm vào")'],
  ["A2", "+84 912 345 678"],
  ["A3", "-5"],
  ["A4", "@cụm 1"],
  ["A5", "00123"],
  ["A6", "2.686"],
  ["A7", "=1+1"],
  ["A8", "Công đoàn cơ sở Trường THPT Lê Lợi"],
] as const;

async function written(): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("S");
  for (const [address, text] of TEXTS) setText(sheet.getCell(address), text);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("setText", () => {
  it.each(TEXTS)(
    "writes %s as a shared-string text cell with no formula",
    async (address, text) => {
      const bytes = await written();
      const cell = cellXml(sheetXml(bytes, "S"), address);
      expect(cell).toMatch(/ t="s"/);
      expect(cell).not.toMatch(/<f>/);
      const escaped = text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
      expect(xlsxParts(bytes)["xl/sharedStrings.xml"]).toContain(`<t>${escaped}</t>`);
    },
  );

  it.each(TEXTS)("reads %s back unchanged, without an apostrophe", async (address, text) => {
    const sheet = (await loadWorkbook(await written())).getWorksheet("S")!;
    expect(sheet.getCell(address).value).toBe(text);
    expect(sheet.getCell(address).formula).toBeUndefined();
  });
});
