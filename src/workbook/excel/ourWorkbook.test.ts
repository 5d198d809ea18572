import { unzipSync, strFromU8 } from "fflate";
import type { Worksheet } from "exceljs";
import { newOurWorkbook, workbookBytes, type SheetToFill } from "./ourWorkbook";
import * as sharedStrings from "./sharedStringsXml";
import * as sheetData from "./sheetDataXml";
import type { TableSheet } from "./tableSheet";

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

  // Sheets filled in the workbook, and two more that workbookBytes fills in turn (their cells
  // kept in a LeanSheet), with styles and strings shared between them, notes and print titles.
  const later: SheetToFill[] = [
    {
      name: "Xếp loại",
      fill(sheet) {
        sheet.getCell("A1").value = "Đơn vị";
        sheet.getCell("A2").value = "CĐCS số 7";
        sheet.getCell("B2").value = 0.5;
        sheet.getCell("B2").style = { numFmt: "0.0%" };
        sheet.getCell("C2").style = { numFmt: "#,##0.0" };
        sheet.getCell("C2").value = 3;
        sheet.getCell(3, 2).value = new Date(Date.UTC(2024, 11, 31));
        sheet.getCell(3, 3).value = { formula: "C2*2", result: 6 };
        sheet.getCell(3, 4).value = { formula: 'IF(C2>9,"x","")', result: "" };
        sheet.getCell(4, 1).value = "gộp";
        sheet.getCell(4, 1).style = { font: { bold: true } };
        sheet.mergeCells(4, 1, 5, 3);
        sheet.getCell(6, 2).value = true;
        sheet.getRow(7).height = 30;
        sheet.getCell(8, 4).style = { numFmt: "0.0%" };
        sheet.pageSetup.printTitlesRow = "1:1";
        sheet.views = [{ state: "frozen", ySplit: 1 }];
        sheet.getColumn(2).width = 14;
      },
    },
    { name: "Báo cáo", fill: (sheet) => (sheet.getCell("A1").value = "Kỳ Năm 2024") },
  ];

  async function sample(fillFirst = false, richText = false) {
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
    sheet.getCell("A3").note = "ghi chú thứ hai";
    workbook.addWorksheet("Kiểm tra").getCell("A1").value = "tệp";
    fillKinds(workbook.addWorksheet("Kiểu"));
    const links = workbook.addWorksheet("Liên kết");
    links.getCell("A1").value = { text: "trang", hyperlink: "https://example.org/" };
    links.getCell("A2").value = { error: "#N/A" };
    if (richText) {
      workbook.addWorksheet("Chữ đậm").getCell("A1").value = {
        richText: [{ text: "đậm", font: { bold: true } }, { text: " thường" }],
      };
    }
    if (fillFirst) for (const { name, fill } of later) fill(workbook.addWorksheet(name));
    return workbook;
  }

  // Every kind of cell and row the cells are written for without ExcelJS (sheetDataXml).
  function fillKinds(sheet: Worksheet) {
    sheet.getCell("A1").value = true;
    sheet.getCell("B1").value = false;
    sheet.getCell("A2").value = new Date(Date.UTC(2024, 11, 31, 12));
    sheet.getCell("A2").numFmt = "dd/mm/yyyy";
    sheet.getCell("A3").value = { formula: 'IF(1,"có","")', result: "có" };
    sheet.getCell("B3").value = { formula: 'IF(0,1,"")', result: "" };
    sheet.getCell("C3").value = {
      formula: "DATE(2024,1,2)",
      result: new Date(Date.UTC(2024, 0, 2)),
    };
    sheet.getCell("D3").value = { formula: "1=1", result: true };
    sheet.getCell("E3").value = { formula: "NOW()", date1904: false };
    sheet.getCell("F3").value = { formula: '"a\u0001"&"<"', result: "a<" };
    sheet.getCell("A4").value = "a < b & \"c\" 'd' > e\u0001\u007f";
    sheet.getCell("B4").value = "  đầu và cuối  ";
    sheet.getCell("C4").value = "dòng 1\ndòng 2";
    sheet.getCell("D4").value = "";
    sheet.getCell("E4").value = "\tthụt đầu dòng";
    sheet.getRow(5).height = 30;
    sheet.getCell("A5").value = 0.1 + 0.2;
    sheet.getRow(6).hidden = true;
    sheet.getCell("A6").value = -0;
    sheet.getRow(7).outlineLevel = 1;
    sheet.getCell("A7").value = 1e21;
    sheet.getRow(8).font = { bold: true };
    sheet.getCell("B8").value = 8;
    sheet.getCell("B9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    sheet.getCell("A10").value = "gộp";
    sheet.getCell("A10").font = { italic: true };
    sheet.mergeCells("A10:C10");
  }

  // JSZip also lists each folder as an empty entry; Excel needs none.
  const parts = (bytes: Uint8Array) =>
    Object.entries(unzipSync(bytes))
      .filter(([name]) => !name.endsWith("/"))
      .map(([name, data]) => [name, strFromU8(data)]);

  it("holds the same parts, in the same order, as ExcelJS's own writeBuffer", async () => {
    const ours = parts(await workbookBytes(await sample(), { sheets: later }));
    const theirs = parts(
      new Uint8Array((await (await sample(true)).xlsx.writeBuffer()) as ArrayBuffer),
    );
    expect(ours.map(([name]) => name)).toEqual(theirs.map(([name]) => name));
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
    const byName = Object.fromEntries(ours);
    expect(byName["xl/workbook.xml"]).toContain('fullCalcOnLoad="1"');
    expect(byName["xl/workbook.xml"]).toContain("_xlnm.Print_Titles");
    expect(byName["xl/comments1.xml"]).toContain("ghi chú");
    expect(byName["xl/comments1.xml"]).toContain("ghi chú thứ hai");
    // The sheet filled into a LeanSheet, merged block and size included.
    expect(byName["xl/worksheets/sheet5.xml"]).toContain('<mergeCell ref="A4:C5"/>');
    expect(byName["xl/worksheets/sheet5.xml"]).toMatch(/<dimension ref="[A-D]1:D8"\/>/);
    // The hyperlink's sheet was left to ExcelJS, the others written by sheetDataXml.
    expect(byName["xl/worksheets/sheet4.xml"]).toContain("<hyperlinks>");
  });

  it("holds the same parts as writeBuffer with rich text (strings by ExcelJS)", async () => {
    const strings = jest.spyOn(sharedStrings, "sharedStringsXml");
    try {
      const ours = parts(await workbookBytes(await sample(false, true), { sheets: later }));
      const theirs = parts(
        new Uint8Array((await (await sample(true, true)).xlsx.writeBuffer()) as ArrayBuffer),
      );
      expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
      expect(strings.mock.results.map((r) => r.value)).toEqual([null]);
      expect(Object.fromEntries(ours)["xl/sharedStrings.xml"]).toContain("<b/>");
    } finally {
      strings.mockRestore();
    }
  });

  it("writes the shared strings without ExcelJS when all are plain text", async () => {
    const strings = jest.spyOn(sharedStrings, "sharedStringsXml");
    try {
      const xml = Object.fromEntries(parts(await workbookBytes(await sample(), { sheets: later })))[
        "xl/sharedStrings.xml"
      ];
      const decoded = strings.mock.results.map((r) => new TextDecoder().decode(r.value));
      expect(decoded).toEqual([xml]);
      expect(xml).toContain('<si><t xml:space="preserve">  đầu và cuối  </t></si>');
    } finally {
      strings.mockRestore();
    }
  });

  it("writes the cells of every sheet but the hyperlink's without ExcelJS", async () => {
    const written = jest.spyOn(sheetData, "sheetDataXml");
    const rows = jest.spyOn(sheetData.SheetDataWriter.prototype, "row");
    try {
      await workbookBytes(await sample(), { sheets: later });
      // The workbook's own sheets from ExcelJS's model; the sheets filled later (LeanSheet)
      // row by row.
      expect(written.mock.results.map((r) => r.value !== null)).toEqual([true, true, true, false]);
      expect(rows.mock.calls.map(([row]) => row.number).slice(-9)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 1,
      ]);
    } finally {
      written.mockRestore();
      rows.mockRestore();
    }
  });

  it("fills each later sheet only once the sheets before it are written", async () => {
    const filled: string[] = [];
    const workbook = await sample();
    const watched = later.map(({ name, fill }) => ({
      name,
      fill(sheet: TableSheet) {
        // The sheets before are out of the workbook, their cells let go of.
        filled.push(`${name} after ${workbook.worksheets.length - 1} left`);
        fill(sheet);
      },
    }));
    await workbookBytes(workbook, { sheets: watched });
    expect(filled).toEqual(["Xếp loại after 0 left", "Báo cáo after 0 left"]);
  });

  it("refuses pictures, which it does not number across sheets", async () => {
    const workbook = await newOurWorkbook("vi", at);
    const image = workbook.addImage({ base64: "iVBORw0KGgo=", extension: "png" });
    workbook.addWorksheet("Ảnh").addImage(image, "A1:B2");
    await expect(workbookBytes(workbook)).rejects.toThrow(/images and tables/);
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
    expect(back.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Kiểm tra",
      "Kiểu",
      "Liên kết",
    ]);
    const kinds = back.getWorksheet("Kiểu")!;
    expect(kinds.getCell("A4").value).toBe("a < b & \"c\" 'd' > e");
    expect(kinds.getCell("A2").value).toEqual(new Date(Date.UTC(2024, 11, 31, 12)));
    expect(kinds.getCell("D3").value).toEqual({ formula: "1=1", result: true });
    expect(kinds.getRow(5).height).toBe(30);
    expect(back.getWorksheet("Liên kết")!.getCell("A1").value).toEqual({
      text: "trang",
      hyperlink: "https://example.org/",
    });
  });

  it("uses the deflate it is lent for every part", async () => {
    const seen: string[] = [];
    const { deflateSync } = await import("fflate");
    const { crc32 } = await import("../reader/crc32");
    const bytes = await workbookBytes(await sample(), {
      sheets: later,
      deflate: {
        deflateRaw: (data) => {
          seen.push(strFromU8(data).slice(0, 5));
          return deflateSync(data, { level: 9 });
        },
        crc32,
      },
    });
    expect(seen.length).toBe(parts(bytes).length);
    expect(parts(bytes).find(([name]) => name === "xl/sharedStrings.xml")?.[1]).toContain(
      "CĐCS số 40",
    );
  });
});
