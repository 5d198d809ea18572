import { toA1 } from "../../core/grid/address";
import type { Cell } from "../../core/grid/cell";
import { readWorkbook } from "../../workbook/reader";
import { writeResultWorkbook } from "../../workbook/result";
import { INJECTIONS, sampleResult, sampleRules } from "../../workbook/result/testSupport";
import { dateToSerial } from "./dateToSerial";
import { DATE_FORMAT, gridToResultSheets } from "./gridToResultSheets";
import { FakeExcel } from "./testing/fakeExcel";
import { writeResultSheets } from "./writeResultSheets";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("gridToResultSheets", () => {
  it("turns each kind of cell into a value, a formula to enter, or both", () => {
    const cells: Cell[] = [
      { t: "s", v: "CĐCS Sở Y tế" },
      { t: "n", v: 92.5 },
      { t: "b", v: true },
      { t: "d", v: day(2024, 12, 10) },
      { t: "n", v: 12, formula: "SUM(B2:B9)" },
      { t: "e", v: "#DIV/0!", formula: "B2/0" },
      { t: "e", v: "#N/A" },
      { t: "f", formula: "TODAY()" },
    ];
    const [sheet] = gridToResultSheets({
      sheetNames: ["S"],
      sheets: [{ name: "S", rows: [cells] }],
    });
    expect(sheet).toEqual({
      name: "S",
      rows: [
        ["CĐCS Sở Y tế", 92.5, true, dateToSerial(day(2024, 12, 10)), 12, "#DIV/0!", "#N/A", null],
      ],
      formulas: [[null, null, null, null, "=SUM(B2:B9)", "=B2/0", "#N/A", "=TODAY()"]],
      textColumns: [0],
      numberFormats: { 3: DATE_FORMAT },
    });
  });

  it("fills gaps with empty cells, and marks as text only the columns that hold nothing else", () => {
    const [sheet] = gridToResultSheets({
      sheetNames: ["S"],
      sheets: [
        {
          name: "S",
          rows: [
            [
              { t: "s", v: "Mã" },
              { t: "s", v: "Điểm" },
            ],
            undefined,
            [{ t: "s", v: "CD01" }, { t: "n", v: 90 }, undefined, { t: "s", v: "ghi chú" }],
          ],
        },
      ],
    });
    expect(sheet?.rows).toEqual([
      ["Mã", "Điểm", null, null],
      [null, null, null, null],
      ["CD01", 90, null, "ghi chú"],
    ]);
    expect(sheet?.formulas).toBeUndefined();
    expect(sheet?.textColumns).toEqual([0, 3]);
  });

  it("lets the pane write the CLI's result workbook cell for cell, names that look like formulas as text", async () => {
    const bytes = await writeResultWorkbook(sampleResult(), sampleRules, {
      generatedAt: new Date(2025, 0, 15, 9, 30),
    });
    const read = readWorkbook(bytes, "TongHop.xlsx");
    if (!read.ok) throw new Error(read.findings[0]?.message);
    const sheets = gridToResultSheets(read.workbook);
    expect(sheets.map((sheet) => sheet.name)).toEqual(read.workbook.sheetNames);

    const excel = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await writeResultSheets(excel.context, sheets, { replace: false });

    let compared = 0;
    for (const source of read.workbook.sheets) {
      const written = excel.sheet(source.name);
      source.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          const a1 = toA1(r, c);
          const target = written.cells.get(a1);
          compared++;
          if (cell.formula !== undefined) {
            expect([a1, target?.formula]).toEqual([a1, `=${cell.formula}`]);
          } else if (cell.t === "s") {
            expect([a1, target]).toEqual([a1, { value: cell.v, numberFormat: "@" }]);
          } else if (cell.t === "d") {
            expect([a1, target?.value]).toEqual([a1, dateToSerial(cell.v)]);
          } else if (cell.t !== "f") {
            expect([a1, target?.value]).toEqual([a1, cell.v]);
          }
        }),
      );
    }
    expect(compared).toBeGreaterThan(200);
    const ranked = excel.sheet("Xếp loại");
    const texts = [...ranked.cells.values()].map((cell) => cell.value);
    for (const name of Object.values(INJECTIONS)) expect(texts).toContain(name);
    for (const cell of ranked.cells.values()) {
      if (Object.values(INJECTIONS).includes(cell.value as never)) {
        expect(cell).toEqual({ value: cell.value, numberFormat: "@" });
      }
    }
  });
});
