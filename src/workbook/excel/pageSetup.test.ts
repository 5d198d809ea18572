import { loadWorkbook } from "../../../test/support/readXlsx";
import { loadExcelJS } from "./loadExcelJS";
import { setA4Print } from "./pageSetup";

describe("setA4Print", () => {
  it("prints on A4, one page wide, with the title rows on every page", async () => {
    const ExcelJS = await loadExcelJS();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = 1;
    setA4Print(sheet, { orientation: "landscape", titleRows: { first: 3, last: 4 } });
    const back = (
      await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()))
    ).getWorksheet("S")!;
    expect(back.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:4",
    });
  });

  it("repeats title columns and prints several pages across when told", async () => {
    const ExcelJS = await loadExcelJS();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = 1;
    setA4Print(sheet, {
      orientation: "landscape",
      titleRows: { first: 3, last: 4 },
      titleColumns: { first: "A", last: "C" },
      pagesWide: 0,
    });
    const back = (
      await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()))
    ).getWorksheet("S")!;
    expect(back.pageSetup).toMatchObject({
      fitToWidth: 0,
      printTitlesRow: "3:4",
      printTitlesColumn: "A:C",
    });
  });

  it("is portrait without title rows unless told", async () => {
    const ExcelJS = await loadExcelJS();
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    setA4Print(sheet);
    expect(sheet.pageSetup.orientation).toBe("portrait");
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(sheet.pageSetup.printTitlesColumn).toBeUndefined();
  });
});
