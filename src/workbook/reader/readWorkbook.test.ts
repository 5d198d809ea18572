import type ExcelJS from "exceljs";
import { fromA1 } from "../../core/grid/address";
import type { Cell, SheetGrid, WorkbookGrid } from "../../core/grid/cell";
import { readWorkbook, type ReadResult } from "./index";
import {
  entriesOf,
  excelBytes,
  inlineSharedStrings,
  minimalWorkbookParts,
  patchZip,
  sheetXmlOf,
  zipOf,
} from "./testSupport";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function workbookOf(result: ReadResult): WorkbookGrid {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.findings)}`);
  return result.workbook;
}

function sheetOf(result: ReadResult, name: string): SheetGrid {
  const sheet = workbookOf(result).sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function at(sheet: SheetGrid, address: string): Cell | undefined {
  const { row, col } = fromA1(address)!;
  return sheet.rows[row]?.[col];
}

// A unit's report as a unit fills it in: a merged title, header fields, the indicator table
// with figures typed as numbers and as Vietnamese text, and a formula column.
function fillReport(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("BaoCao");
  sheet.getCell("A1").value = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN";
  sheet.mergeCells("A1:G1");
  sheet.getCell("A3").value = "Mã đơn vị";
  sheet.getCell("C3").value = "CDCS-017";
  sheet.getCell("A4").value = "Ngày báo cáo";
  sheet.getCell("C4").value = utc(2021, 1, 8);
  sheet.getCell("C4").numFmt = "dd/mm/yyyy";
  sheet.getCell("A5").value = "Ngày thành lập";
  sheet.getCell("C5").value = utc(2019, 6, 30); // ExcelJS's default date format, built-in 14
  sheet.getRow(7).values = [
    "STT",
    "Mã số",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch",
    "Thực hiện",
    "Ghi chú",
  ];
  sheet.getRow(8).values = [
    1,
    "DV01",
    "Tổng số CBCCVC, người lao động",
    "người",
    null,
    2686,
    "  cách đầu cuối  ",
  ];
  sheet.getRow(9).values = [2, "DV02", "Tổng số đoàn viên công đoàn", "người", null, "2.686"];
  sheet.getRow(10).values = [3, "XD01", "Đoàn viên ưu tú giới thiệu cho Đảng", "người", 59, 153];
  sheet.getCell("H10").value = { formula: "F10/E10", result: 2.593220338983051 };
  sheet.getRow(11).values = [4, "CL01", "Tổ chức Hội nghị CBCCVC", "Có/Không", true, "Có"];
  sheet.getRow(12).values = [5, "CL03", "Số tiền thăm hỏi, trợ cấp", "triệu đồng", 100];
  sheet.getCell("F12").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("G12").value = {
    richText: [{ text: "Đã " }, { font: { bold: true }, text: "chi đủ" }],
  };
  sheet.getCell("F13").value = { formula: "SUM(F8:F10)" } as ExcelJS.CellFormulaValue;
  sheet.getCell("G13").value = "=cộng thêm"; // text that looks like a formula stays text
  const scores = workbook.addWorksheet("ChamDiem");
  scores.getRow(3).values = ["Mã số", "Tiêu chí", "Điểm chuẩn", "Tự chấm", "Thẩm định", "Ghi chú"];
  scores.getRow(4).values = ["TC1", "Tổ chức Hội nghị CBCCVC", 15, 14.5];
  workbook.addWorksheet("Ghi chú").getCell("A1").value = "Không dùng";
}

describe("readWorkbook on workbooks written by ExcelJS", () => {
  let report: Uint8Array;
  beforeAll(async () => {
    report = await excelBytes(fillReport);
  });

  it("lists every sheet in tab order and reads them all by default", () => {
    const workbook = workbookOf(readWorkbook(report, "bao-cao.xlsx"));
    expect(workbook.sheetNames).toEqual(["BaoCao", "ChamDiem", "Ghi chú"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["BaoCao", "ChamDiem", "Ghi chú"]);
  });

  it.each<[string, Cell | undefined]>([
    ["A1", { t: "s", v: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN" }],
    ["B1", undefined],
    ["C3", { t: "s", v: "CDCS-017" }],
    ["C4", { t: "d", v: utc(2021, 1, 8) }],
    ["C5", { t: "d", v: utc(2019, 6, 30) }],
    ["B7", { t: "s", v: "Mã số" }],
    ["F8", { t: "n", v: 2686 }],
    ["E8", undefined],
    ["G8", { t: "s", v: "  cách đầu cuối  " }],
    ["F9", { t: "s", v: "2.686" }],
    ["E10", { t: "n", v: 59 }],
    ["H10", { t: "n", v: 2.593220338983051, formula: "F10/E10" }],
    ["E11", { t: "b", v: true }],
    ["F11", { t: "s", v: "Có" }],
    ["F12", { t: "e", v: "#DIV/0!", formula: "1/0" }],
    ["G12", { t: "s", v: "Đã chi đủ" }],
    ["F13", { t: "f", formula: "SUM(F8:F10)" }],
    ["G13", { t: "s", v: "=cộng thêm" }],
  ])("reads BaoCao!%s", (address, expected) => {
    expect(at(sheetOf(readWorkbook(report, "bao-cao.xlsx"), "BaoCao"), address)).toEqual(expected);
  });

  it("reads the same cells when the strings are written inline instead of shared", () => {
    const inline = inlineSharedStrings(report);
    expect(entriesOf(inline)["xl/worksheets/sheet1.xml"]).toContain('t="inlineStr"><is><r>');
    const sheet = sheetOf(readWorkbook(inline, "inline.xlsx"), "BaoCao");
    expect([at(sheet, "B7"), at(sheet, "G12"), at(sheet, "F9")]).toEqual([
      { t: "s", v: "Mã số" },
      { t: "s", v: "Đã chi đủ" },
      { t: "s", v: "2.686" },
    ]);
  });

  it("parses only the sheets the filter picks, and still lists them all", () => {
    const picked: string[] = [];
    const result = readWorkbook(report, "bao-cao.xlsx", {
      sheetFilter: (name) => {
        picked.push(name);
        return name.toLowerCase() === "chamdiem";
      },
    });
    const workbook = workbookOf(result);
    expect(picked).toEqual(["BaoCao", "ChamDiem", "Ghi chú"]);
    expect(workbook.sheetNames).toEqual(["BaoCao", "ChamDiem", "Ghi chú"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["ChamDiem"]);
    expect(at(workbook.sheets[0]!, "D4")).toEqual({ t: "n", v: 14.5 });
  });

  it("lists the sheets and reads none when the filter picks none", () => {
    const workbook = workbookOf(readWorkbook(report, "bao-cao.xlsx", { sheetFilter: () => false }));
    expect(workbook).toEqual({ sheetNames: ["BaoCao", "ChamDiem", "Ghi chú"], sheets: [] });
  });

  it("follows the sheets' relationships when the tab order differs from the parts' order", () => {
    const reversed = patchZip(report, {
      "xl/workbook.xml": (xml) => {
        const sheets = xml.match(/<sheet [^>]*\/>/g)!;
        return xml.replace(sheets.join(""), [...sheets].reverse().join(""));
      },
    });
    const result = readWorkbook(reversed, "dao-thu-tu.xlsx");
    expect(workbookOf(result).sheetNames).toEqual(["Ghi chú", "ChamDiem", "BaoCao"]);
    expect(at(sheetOf(result, "BaoCao"), "C3")).toEqual({ t: "s", v: "CDCS-017" });
    expect(at(sheetOf(result, "ChamDiem"), "A4")).toEqual({ t: "s", v: "TC1" });
    expect(at(sheetOf(result, "Ghi chú"), "A1")).toEqual({ t: "s", v: "Không dùng" });
  });

  it("reads a formula whose cached value was dropped as a formula without a value", () => {
    const patched = patchZip(report, {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace(/(<c r="H10"[^>]*>)<f>F10\/E10<\/f><v>[^<]*<\/v>/, "$1<f>F10/E10</f>"),
    });
    expect(entriesOf(patched)["xl/worksheets/sheet1.xml"]).not.toMatch(/<f>F10\/E10<\/f><v>/);
    expect(at(sheetOf(readWorkbook(patched, "chua-tinh.xlsx"), "BaoCao"), "H10")).toEqual({
      t: "f",
      formula: "F10/E10",
    });
  });

  it("finds the table where the unit moved it, after inserted rows and columns", async () => {
    const moved = await excelBytes((workbook) => {
      fillReport(workbook);
      const sheet = workbook.getWorksheet("BaoCao")!;
      sheet.spliceRows(6, 0, ["Ghi chú thêm của đơn vị"], []);
      sheet.spliceColumns(1, 0, []);
    });
    const sheet = sheetOf(readWorkbook(moved, "chen-dong.xlsx"), "BaoCao");
    expect([at(sheet, "C9"), at(sheet, "G10"), at(sheet, "G11"), at(sheet, "B6")]).toEqual([
      { t: "s", v: "Mã số" },
      { t: "n", v: 2686 },
      { t: "s", v: "2.686" },
      { t: "s", v: "Ghi chú thêm của đơn vị" },
    ]);
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const bytes = await excelBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet("BaoCao");
      sheet.getCell("B2").value = utc(2021, 1, 8);
      sheet.getCell("B3").value = 42742;
    });
    expect(entriesOf(bytes)["xl/workbook.xml"]).toContain('date1904="1"');
    const result = readWorkbook(bytes, "mac.xlsx");
    expect(result.ok && result.date1904).toBe(true);
    const sheet = sheetOf(result, "BaoCao");
    expect([at(sheet, "B2"), at(sheet, "B3")]).toEqual([
      { t: "d", v: utc(2021, 1, 8) },
      { t: "n", v: 42742 },
    ]);
  });

  it("says the 1900 date system is used when it is", () => {
    const result = readWorkbook(report, "bao-cao.xlsx");
    expect(result.ok && result.date1904).toBe(false);
  });

  it("gives every cell of a shared formula its own formula", async () => {
    const bytes = await excelBytes((workbook) => {
      const sheet = workbook.addWorksheet("BaoCao");
      sheet.getColumn(5).values = [undefined, undefined, undefined, undefined, 59, 10, 4];
      sheet.getColumn(6).values = [undefined, undefined, undefined, undefined, 153, 12, 2];
      // ExcelJS writes a shared formula from these fields, which its typings leave out.
      const master = { formula: "F5/E5", result: 153 / 59, shareType: "shared", ref: "G5:G7" };
      sheet.getCell("G5").value = master as ExcelJS.CellFormulaValue;
      sheet.getCell("G6").value = { sharedFormula: "G5", result: 1.2 };
      sheet.getCell("G7").value = { sharedFormula: "G5", result: 0.5 };
    });
    expect(entriesOf(bytes)["xl/worksheets/sheet1.xml"]).toContain('t="shared"');
    const sheet = sheetOf(readWorkbook(bytes, "chia-se.xlsx"), "BaoCao");
    expect([at(sheet, "G5"), at(sheet, "G6"), at(sheet, "G7")]).toEqual([
      { t: "n", v: 153 / 59, formula: "F5/E5" },
      { t: "n", v: 1.2, formula: "F6/E6" },
      { t: "n", v: 0.5, formula: "F7/E7" },
    ]);
  });

  it("reads a workbook whose parts are named with other cases and absolute targets", () => {
    const renamed = patchZip(report, {
      "xl/_rels/workbook.xml.rels": (xml) =>
        xml.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/SHEET1.xml"'),
    });
    expect(at(sheetOf(readWorkbook(renamed, "hoa-thuong.xlsx"), "BaoCao"), "C3")).toEqual({
      t: "s",
      v: "CDCS-017",
    });
  });

  it("finds the workbook part the package names, wherever it is", () => {
    const parts = minimalWorkbookParts(sheetXmlOf('<row r="1"><c r="A1"><v>5</v></c></row>'));
    const moved: Record<string, string> = {
      "[Content_Types].xml": parts["[Content_Types].xml"]!.replace(
        "/xl/workbook.xml",
        "/book/main.xml",
      ),
      "_rels/.rels": parts["_rels/.rels"]!.replace("xl/workbook.xml", "book/main.xml"),
      "book/main.xml": parts["xl/workbook.xml"]!,
      "book/_rels/main.xml.rels": parts["xl/_rels/workbook.xml.rels"]!.replace(
        "worksheets/sheet1.xml",
        "../xl/worksheets/sheet1.xml",
      ),
      "xl/worksheets/sheet1.xml": parts["xl/worksheets/sheet1.xml"]!,
    };
    expect(at(sheetOf(readWorkbook(zipOf(moved), "khac.xlsx"), "BaoCao"), "A1")).toEqual({
      t: "n",
      v: 5,
    });
  });

  it("lists a chart sheet by name but reads no cells from it", () => {
    const parts = minimalWorkbookParts(sheetXmlOf('<row r="1"><c r="A1"><v>5</v></c></row>'));
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace(
      "</sheets>",
      '<sheet name="Biểu đồ" sheetId="2" r:id="rId2"/></sheets>',
    );
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]!.replace(
      "</Relationships>",
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    parts["xl/chartsheets/sheet1.xml"] = "<chartsheet/>";
    const workbook = workbookOf(readWorkbook(zipOf(parts), "bieu-do.xlsx"));
    expect(workbook.sheetNames).toEqual(["BaoCao", "Biểu đồ"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["BaoCao"]);
  });

  it("keeps the default of a limit given as undefined", () => {
    const far = zipOf(
      minimalWorkbookParts(sheetXmlOf('<row r="20001"><c r="A20001"><v>1</v></c></row>')),
    );
    const result = readWorkbook(far, "xa.xlsx", { limits: { maxRows: undefined } });
    expect(!result.ok && result.findings[0]!.code).toBe("file.sheet-too-long");
  });
});
