import type { Cell, SheetGrid } from "../../core/grid/cell";
import { fromA1 } from "../../core/grid/address";
import { defaultReaderLimits, type ReaderLimits } from "../limits";
import { parseWorksheet, type WorksheetContext } from "./parseWorksheet";
import { ReaderFailure } from "./readerFailure";
import { sheetXmlOf } from "./testSupport";

function context(
  overrides: Partial<WorksheetContext> = {},
  limits: Partial<ReaderLimits> = {},
): WorksheetContext {
  return {
    sheetName: "BaoCao",
    part: "xl/worksheets/sheet1.xml",
    sharedStrings: ["Mã số", "Chỉ tiêu", "DV01"],
    // Style 1 is a date format, style 2 is not.
    dateStyles: [false, true, false],
    date1904: false,
    limits: { ...defaultReaderLimits, ...limits },
    ...overrides,
  };
}

function at(sheet: SheetGrid, address: string): Cell | undefined {
  const { row, col } = fromA1(address)!;
  return sheet.rows[row]?.[col];
}

function failure(run: () => unknown): ReaderFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ReaderFailure) return error;
    throw error;
  }
  throw new Error("expected a ReaderFailure");
}

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe("parseWorksheet", () => {
  it.each<[string, string, Cell | undefined]>([
    ["a number", '<c r="F14"><v>216.8</v></c>', { t: "n", v: 216.8 }],
    [
      "a number with an explicit type",
      '<c r="F14" t="n"><v>-3.5E-2</v></c>',
      { t: "n", v: -0.035 },
    ],
    ["a shared string", '<c r="F14" t="s"><v>1</v></c>', { t: "s", v: "Chỉ tiêu" }],
    [
      "an inline string",
      '<c r="F14" t="inlineStr"><is><t>khoảng 20</t></is></c>',
      { t: "s", v: "khoảng 20" },
    ],
    [
      "an inline rich text",
      '<c r="F14" t="inlineStr"><is><r><t>22.750.000 </t></r><r><rPr><b/></rPr><t>đồng</t></r></is></c>',
      { t: "s", v: "22.750.000 đồng" },
    ],
    ["a boolean TRUE", '<c r="F14" t="b"><v>1</v></c>', { t: "b", v: true }],
    ["a boolean FALSE", '<c r="F14" t="b"><v>0</v></c>', { t: "b", v: false }],
    [
      "an error value",
      '<c r="F14" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      { t: "e", v: "#DIV/0!", formula: "1/0" },
    ],
    [
      "a formula with its cached number",
      '<c r="F14"><f>F5/E5</f><v>2.5932</v></c>',
      { t: "n", v: 2.5932, formula: "F5/E5" },
    ],
    [
      "a formula with its cached text",
      '<c r="F14" t="str"><f>A1&amp;"x"</f><v>DV01x</v></c>',
      { t: "s", v: "DV01x", formula: 'A1&"x"' },
    ],
    [
      "a formula whose cached text is empty",
      '<c r="F14" t="str"><f>""</f><v></v></c>',
      { t: "s", v: "", formula: '""' },
    ],
    [
      "a formula with no cached value",
      '<c r="F14"><f>SUM(F5:F13)</f></c>',
      { t: "f", formula: "SUM(F5:F13)" },
    ],
    [
      "a formula with an empty cached value",
      '<c r="F14"><f>SUM(F5:F13)</f><v/></c>',
      { t: "f", formula: "SUM(F5:F13)" },
    ],
    ["a date by its style", '<c r="F14" s="1"><v>44204</v></c>', { t: "d", v: utc(2021, 1, 8) }],
    [
      "a date and time by its style",
      '<c r="F14" s="1"><v>44204.25</v></c>',
      { t: "d", v: utc(2021, 1, 8, 6) },
    ],
    [
      "a number whose style is not a date",
      '<c r="F14" s="2"><v>44204</v></c>',
      { t: "n", v: 44204 },
    ],
    ["a negative number with a date style", '<c r="F14" s="1"><v>-5</v></c>', { t: "n", v: -5 }],
    ["an ISO date cell", '<c r="F14" t="d"><v>2021-01-08</v></c>', { t: "d", v: utc(2021, 1, 8) }],
    [
      "an ISO date-time cell without a zone, as UTC",
      '<c r="F14" t="d"><v>2021-01-08T06:00:00</v></c>',
      { t: "d", v: utc(2021, 1, 8, 6) },
    ],
    [
      "an ISO date-time cell with a zone",
      '<c r="F14" t="d"><v>2021-01-08T07:00:00+07:00</v></c>',
      { t: "d", v: utc(2021, 1, 8) },
    ],
    [
      "an unreadable ISO date, as text",
      '<c r="F14" t="d"><v>08/01/2021</v></c>',
      { t: "s", v: "08/01/2021" },
    ],
    [
      "a number cell that is not a number, as text",
      '<c r="F14"><v>abc</v></c>',
      { t: "s", v: "abc" },
    ],
    ["a style-only empty cell", '<c r="F14" s="2"/>', undefined],
    ["an empty cell with children but no value", '<c r="F14" s="2"><v></v></c>', undefined],
    [
      "a text with Excel's escape",
      '<c r="F14" t="str"><f>A1</f><v>a_x000D_b</v></c>',
      { t: "s", v: "a\rb", formula: "A1" },
    ],
  ])("reads %s", (_name, cellXml, expected) => {
    const sheet = parseWorksheet(sheetXmlOf(`<row r="14">${cellXml}</row>`), context());
    expect(at(sheet, "F14")).toEqual(expected);
  });

  it("reads dates in the 1904 date system", () => {
    const xml = sheetXmlOf('<row r="1"><c r="A1" s="1"><v>42742</v></c></row>');
    expect(at(parseWorksheet(xml, context({ date1904: true })), "A1")).toEqual({
      t: "d",
      v: utc(2021, 1, 8),
    });
  });

  it("places cells and rows that omit their address after the previous ones", () => {
    const xml = sheetXmlOf(
      '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c><c r="E3"><v>3</v></c><c><v>4</v></c></row>' +
        "<row><c><v>5</v></c></row><row><c><v>6</v></c><c><v>7</v></c></row>",
    );
    const sheet = parseWorksheet(xml, context());
    expect(
      ["B3", "C3", "E3", "F3", "A4", "A5", "B5"].map((address) => [address, at(sheet, address)]),
    ).toEqual([
      ["B3", { t: "n", v: 1 }],
      ["C3", { t: "n", v: 2 }],
      ["E3", { t: "n", v: 3 }],
      ["F3", { t: "n", v: 4 }],
      ["A4", { t: "n", v: 5 }],
      ["A5", { t: "n", v: 6 }],
      ["B5", { t: "n", v: 7 }],
    ]);
    expect(sheet.rows[0]).toBeUndefined();
  });

  it("gives each cell of a shared formula its own references", () => {
    const xml = sheetXmlOf(
      '<row r="5"><c r="G5"><f t="shared" ref="G5:G7" si="0">F5/E5</f><v>2</v></c></row>' +
        '<row r="6"><c r="G6"><f t="shared" si="0"/><v>3</v></c></row>' +
        '<row r="7"><c r="G7"><f t="shared" si="0"/></c><c r="H7"><f t="shared" si="9"/></c></row>',
    );
    const sheet = parseWorksheet(xml, context());
    expect([at(sheet, "G5"), at(sheet, "G6"), at(sheet, "G7"), at(sheet, "H7")]).toEqual([
      { t: "n", v: 2, formula: "F5/E5" },
      { t: "n", v: 3, formula: "F6/E6" },
      { t: "f", formula: "F7/E7" },
      { t: "f", formula: "" },
    ]);
  });

  it("reads a worksheet whose elements carry a namespace prefix, and ignores cells outside sheetData", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Mã số</x:t></x:is></x:c></x:row></x:sheetData>' +
      '<x:extLst><x:ext><x:c r="A9"><x:v>99</x:v></x:c></x:ext></x:extLst></x:worksheet>';
    const sheet = parseWorksheet(xml, context());
    expect(at(sheet, "A2")).toEqual({ t: "s", v: "Mã số" });
    expect(sheet.rows).toHaveLength(2);
  });

  it("keeps only the top-left cell of a merged title, the others being empty", () => {
    const xml = sheetXmlOf(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="2"/><c r="C1" s="2"/></row>',
    ).replace(
      "</sheetData>",
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
    );
    const sheet = parseWorksheet(xml, context());
    expect(sheet.rows[0]).toEqual([{ t: "s", v: "Chỉ tiêu" }]);
  });

  it.each<[string, string, Partial<ReaderLimits>, string, Record<string, string | number>]>([
    [
      "a value past the last row allowed",
      '<row r="11"><c r="A11"><v>1</v></c></row>',
      { maxRows: 10 },
      "file.sheet-too-long",
      { row: 11, limit: 10 },
    ],
    [
      "more values than allowed",
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>',
      { maxCellsPerSheet: 2 },
      "file.sheet-too-many-cells",
      { limit: 2 },
    ],
    [
      "an inline text past the length allowed",
      '<row r="1"><c r="A1" t="inlineStr"><is><t>abcdef</t></is></c></row>',
      { maxStringLength: 5 },
      "file.string-too-long",
      { part: "xl/worksheets/sheet1.xml", limit: 5 },
    ],
    [
      "a formula text result past the length allowed",
      '<row r="1"><c r="A1" t="str"><f>A2</f><v>abcdef</v></c></row>',
      { maxStringLength: 5 },
      "file.string-too-long",
      { part: "xl/worksheets/sheet1.xml", limit: 5 },
    ],
    [
      "a shared string index that does not exist",
      '<row r="1"><c r="A1" t="s"><v>3</v></c></row>',
      {},
      "file.damaged",
      { part: "xl/worksheets/sheet1.xml" },
    ],
    [
      "a shared string index that is not a number",
      '<row r="1"><c r="A1" t="s"><v>x</v></c></row>',
      {},
      "file.damaged",
      { part: "xl/worksheets/sheet1.xml" },
    ],
    [
      "a cell address off the sheet",
      '<row r="1"><c r="XFE1"><v>1</v></c></row>',
      {},
      "file.damaged",
      { part: "xl/worksheets/sheet1.xml" },
    ],
    [
      "a row number off the sheet",
      '<row r="1048577"><c><v>1</v></c></row>',
      {},
      "file.damaged",
      { part: "xl/worksheets/sheet1.xml" },
    ],
  ])("refuses %s", (_name, rowsXml, limits, code, params) => {
    const refused = failure(() => parseWorksheet(sheetXmlOf(rowsXml), context({}, limits)));
    expect([refused.code, refused.params]).toEqual([code, params]);
  });

  it("names the sheet of a sheet too long, and lets empty styled rows past the limit pass", () => {
    const styledOnly = '<row r="500" s="3" customFormat="1"><c r="A500" s="2"/></row>';
    expect(parseWorksheet(sheetXmlOf(styledOnly), context({}, { maxRows: 10 })).rows).toEqual([]);
    const refused = failure(() =>
      parseWorksheet(
        sheetXmlOf('<row r="12"><c r="B12" t="s"><v>0</v></c></row>'),
        context({}, { maxRows: 10 }),
      ),
    );
    expect([refused.code, refused.sheet]).toEqual(["file.sheet-too-long", "BaoCao"]);
  });
});
