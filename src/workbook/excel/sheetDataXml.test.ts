import {
  sheetDataXml as sheetDataBytes,
  type PreparedCell,
  type PreparedRow,
} from "./sheetDataXml";

// The element as text, for comparing (null stays null).
const sheetDataXml = (rows: readonly PreparedRow[]) => {
  const bytes = sheetDataBytes(rows);
  return bytes && new TextDecoder().decode(bytes);
};

const row = (number: number, cells: PreparedCell[], extra: Partial<PreparedRow> = {}) => ({
  number,
  cells,
  ...extra,
});

describe("sheetDataXml", () => {
  it("writes no rows as an empty element", () => {
    expect(sheetDataXml([])).toBe("<sheetData/>");
  });

  it("writes rows and cells as ExcelJS's RowXform and CellXform do", () => {
    const xml = sheetDataXml([
      row(
        1,
        [
          { address: "A1", type: 3, value: "Đơn vị", ssId: 0, styleId: 2 },
          { address: "B1", type: 2, value: 1.5 },
          { address: "C1", type: 0 },
          { address: "D1", type: 0, styleId: 4 },
        ],
        { min: 1, max: 4, height: 22.5, styleId: 3 },
      ),
      row(2, [{ address: "A2", type: 0 }], { hidden: true, outlineLevel: 1, collapsed: true }),
      row(3, [
        { address: "A3", type: 6, formula: 'A1&"<"', result: "x<" },
        { address: "B3", type: 6, formula: "SUM(B1:B2)" },
        { address: "C3", type: 9, value: true },
        { address: "D3", type: 3, value: "a&b\u0001" },
      ]),
    ]);
    expect(xml).toBe(
      "<sheetData>" +
        '<row r="1" ht="22.5" customHeight="1" spans="1:4" s="3" customFormat="1"' +
        ' x14ac:dyDescent="0.25">' +
        '<c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>1.5</v></c><c r="D1" s="4"/></row>' +
        '<row r="2" hidden="1" x14ac:dyDescent="0.25" outlineLevel="1" collapsed="1"/>' +
        '<row r="3" x14ac:dyDescent="0.25">' +
        '<c r="A3" t="str"><f>A1&amp;&quot;&lt;&quot;</f><v>x&lt;</v></c>' +
        '<c r="B3"><f>SUM(B1:B2)</f></c>' +
        '<c r="C3" t="b"><v>1</v></c>' +
        '<c r="D3" t="str"><v>a&amp;b</v></c>' +
        "</row></sheetData>",
    );
  });

  it.each<[string, PreparedCell]>([
    ["a hyperlink", { address: "A1", type: 5, value: { text: "a", hyperlink: "b" } }],
    ["an error", { address: "A1", type: 10, value: { error: "#N/A" } }],
    ["a shared formula", { address: "A1", type: 6, formula: "A2", shareType: "shared", si: 0 }],
    [
      "a formula with an error",
      { address: "A1", type: 6, formula: "1/0", result: { error: "#DIV/0!" } },
    ],
    ["rich text outside the shared strings", { address: "A1", type: 8, value: { richText: [] } }],
  ])("leaves a sheet with %s to ExcelJS", (_kind, cell) => {
    expect(
      sheetDataXml([row(1, [{ address: "B1", type: 2, value: 1 }]), row(2, [cell])]),
    ).toBeNull();
  });
});

describe("sheetDataXml's escaping", () => {
  it("is ExcelJS's xmlEncode, on every character below 160", () => {
    const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(t: string): string };
    const all = Array.from({ length: 160 }, (_, code) => String.fromCharCode(code)).join("");
    for (const text of [all, `x${all}y`, "Đơn vị", "", "&", "\u0001a"]) {
      const xml = sheetDataXml([{ number: 1, cells: [{ address: "A1", type: 3, value: text }] }]);
      expect(xml).toContain(`<v>${xmlEncode(text)}</v>`);
    }
  });
});
