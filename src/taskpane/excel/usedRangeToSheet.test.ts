import { excelCell, usedRangeToSheet } from "./usedRangeToSheet";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("excelCell", () => {
  it.each([
    ["a number", 216.8, 216.8, "General", "Double", { t: "n", v: 216.8 }],
    ["text", "khoảng 20", "khoảng 20", "General", "String", { t: "s", v: "khoảng 20" }],
    ["a boolean", true, true, "General", "Boolean", { t: "b", v: true }],
    ["a date cell", 44204, 44204, "dd/mm/yyyy", "Integer", { t: "d", v: day(2021, 1, 8) }],
    [
      "a date with a locale",
      45657,
      45657,
      "[$-42A]dd/mm/yyyy",
      "Integer",
      { t: "d", v: day(2024, 12, 31) },
    ],
    ["a percentage", 0.95, 0.95, "0%", "Double", { t: "n", v: 0.95 }],
    ["a number formatted as text", 12, 12, "@", "Integer", { t: "n", v: 12 }],
    ["an error constant", "#N/A", "#N/A", "General", "Error", { t: "e", v: "#N/A" }],
    [
      "a formula error",
      "#REF!",
      "=F12/#REF!",
      "General",
      "Error",
      { t: "e", v: "#REF!", formula: "F12/#REF!" },
    ],
    [
      "a formula with its computed value",
      92,
      "=SUM(D4:D10)",
      "General",
      "Integer",
      { t: "n", v: 92, formula: "SUM(D4:D10)" },
    ],
    [
      "a formula giving empty text",
      "",
      '=IF(A1="","",1)',
      "General",
      "String",
      { t: "s", v: "", formula: 'IF(A1="","",1)' },
    ],
    ["text typed as '=x' into a text cell", "=x", "=x", "@", "String", { t: "s", v: "=x" }],
    ["an empty cell", "", "", "General", "Empty", undefined],
  ] as const)("reads %s", (_name, value, formula, format, type, expected) => {
    expect(excelCell(value, formula, format, type, false)).toEqual(expected);
  });

  it("reads a date in a workbook that counts from 1904", () => {
    expect(excelCell(42742, 42742, "d/m/yyyy", "Integer", true)).toEqual({
      t: "d",
      v: day(2021, 1, 8),
    });
  });
});

describe("usedRangeToSheet", () => {
  it("places each cell at its address in the sheet, adding back where the used range starts", () => {
    const sheet = usedRangeToSheet(
      "BaoCao",
      {
        rowIndex: 2,
        columnIndex: 1,
        values: [
          ["Mã đơn vị", "", "CD001"],
          ["", "", ""],
          ["Ngày báo cáo", "", 45636],
        ],
        numberFormat: [
          ["General", "General", "General"],
          ["General", "General", "General"],
          ["General", "General", "dd/mm/yyyy"],
        ],
        formulas: [
          ["Mã đơn vị", "", "CD001"],
          ["", "", ""],
          ["Ngày báo cáo", "", 45636],
        ],
        valueTypes: [
          ["String", "Empty", "String"],
          ["Empty", "Empty", "Empty"],
          ["String", "Empty", "Integer"],
        ],
      },
      false,
    );
    expect(sheet.name).toBe("BaoCao");
    expect(sheet.rows[2]?.[1]).toEqual({ t: "s", v: "Mã đơn vị" }); // B3
    expect(sheet.rows[2]?.[3]).toEqual({ t: "s", v: "CD001" }); // D3
    expect(sheet.rows[4]?.[3]).toEqual({ t: "d", v: day(2024, 12, 10) }); // D5
    expect(sheet.rows[3]).toBeUndefined();
    expect(sheet.rows[2]?.[2]).toBeUndefined();
    expect(sheet.rows[0]).toBeUndefined();
  });
});
