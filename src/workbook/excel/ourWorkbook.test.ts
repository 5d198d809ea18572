import { unzipSync, strFromU8 } from "fflate";
import { newOurWorkbook, workbookBytes } from "./ourWorkbook";

describe("newOurWorkbook", () => {
  it("names the add-in as creator and keeps the given time", async () => {
    const at = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    const workbook = await newOurWorkbook("vi", at);
    workbook.addWorksheet("A").getCell("A1").value = 1;
    const core = strFromU8(unzipSync(await workbookBytes(workbook))["docProps/core.xml"]!);
    expect(core).toContain("<dc:creator>CĐVC Thi đua</dc:creator>");
    expect(core).toContain("2025-01-02T03:04:05Z");
  });
});

describe("workbookBytes", () => {
  const at = new Date(Date.UTC(2025, 5, 6, 7, 8, 9));

  async function sample() {
    const workbook = await newOurWorkbook("vi", at);
    workbook.calcProperties = { fullCalcOnLoad: true };
    const sheet = workbook.addWorksheet("Tổng hợp", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.getCell("A1").value = "Đơn vị";
    sheet.getCell("B1").value = "Số";
    for (let row = 2; row <= 40; row++) {
      sheet.getCell(row, 1).value = `CĐCS số ${row}`;
      sheet.getCell(row, 2).value = row * 1.5;
      sheet.getCell(row, 2).numFmt = "#,##0.0";
    }
    sheet.getCell("B41").value = { formula: "SUM(B2:B40)", result: 1228.5 };
    sheet.mergeCells("C1:D1");
    sheet.getCell("C2").note = "ghi chú";
    workbook.addWorksheet("Kiểm tra").getCell("A1").value = "tệp";
    return workbook;
  }

  // JSZip also lists each folder as an empty entry; Excel needs none.
  const parts = (bytes: Uint8Array) =>
    Object.entries(unzipSync(bytes))
      .filter(([name]) => !name.endsWith("/"))
      .map(([name, data]) => [name, strFromU8(data)]);

  it("holds the same parts, in the same order, as ExcelJS's own writeBuffer", async () => {
    const ours = parts(await workbookBytes(await sample()));
    const theirs = parts(
      new Uint8Array((await (await sample()).xlsx.writeBuffer()) as ArrayBuffer),
    );
    expect(ours.map(([name]) => name)).toEqual(theirs.map(([name]) => name));
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
    expect(Object.fromEntries(ours)["xl/workbook.xml"]).toContain('fullCalcOnLoad="1"');
    expect(Object.fromEntries(ours)["xl/comments1.xml"]).toContain("ghi chú");
  });

  it("is read back by ExcelJS with values, formulas, formats and merges", async () => {
    const ExcelJS = await import("exceljs");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookBytes(await sample())) as unknown as ArrayBuffer);
    const sheet = back.getWorksheet("Tổng hợp")!;
    expect(sheet.getCell("A3").value).toBe("CĐCS số 3");
    expect(sheet.getCell("B3").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("B41").value).toEqual({ formula: "SUM(B2:B40)", result: 1228.5 });
    expect(sheet.getCell("D1").isMerged).toBe(true);
    expect(back.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Kiểm tra"]);
  });

  it("uses the deflate it is lent for every part", async () => {
    const seen: string[] = [];
    const { deflateSync } = await import("fflate");
    const { crc32 } = await import("../reader/crc32");
    const bytes = await workbookBytes(await sample(), {
      deflateRaw: (data) => {
        seen.push(strFromU8(data).slice(0, 5));
        return deflateSync(data, { level: 9 });
      },
      crc32,
    });
    expect(seen.length).toBe(parts(bytes).length);
    expect(parts(bytes).find(([name]) => name === "xl/sharedStrings.xml")?.[1]).toContain(
      "CĐCS số 40",
    );
  });
});
