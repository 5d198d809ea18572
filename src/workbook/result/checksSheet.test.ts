import type { Worksheet } from "exceljs";
import { CHECKS_LAYOUT } from "./checksSheet";
import {
  INJECTIONS,
  asText,
  batchFinding,
  notANumber,
  replaced,
  unreadable,
  writeSample,
} from "./testSupport";

let sheet: Worksheet;

beforeAll(async () => {
  sheet = (await writeSample()).workbook.getWorksheet("Kiểm tra")!;
});

/** A row's file, unit code, status, severity, finding code, sheet and cell. */
function summary(row: number): unknown[] {
  const { columns } = CHECKS_LAYOUT;
  return [
    columns.file,
    columns.code,
    columns.status,
    columns.severity,
    columns.findingCode,
    columns.sheet,
    columns.cell,
  ].map((c) => sheet.getCell(row, c).value);
}

describe("sheet Kiểm tra", () => {
  it("counts the files by status above the table", () => {
    expect(sheet.getCell("A2").value).toBe(
      "13 tệp: 10 được tổng hợp, 2 bị loại, 1 được thay bằng bản sau.",
    );
  });

  it.each([
    [4, [null, null, "Chung cho cả đợt", "Lỗi", "batch.period-invalid", null, null], batchFinding],
    [5, ["a.xlsx", "CD01", "Được tổng hợp", null, null, null, null], null],
    [
      10,
      ["f.xlsx", "CD06", "Được tổng hợp", "Cảnh báo", "number.as-text", "BaoCao", "F14"],
      asText,
    ],
    [
      14,
      ["i-cu.xlsx", "CD09", "Được thay bằng i-moi.xlsx", "Cảnh báo", "unit.replaced", null, null],
      replaced,
    ],
    [15, ["i-moi.xlsx", "CD09", "Được tổng hợp", null, null, null, null], null],
    [16, ["broken.xlsx", null, "Bị loại", "Lỗi", "file.unreadable", null, null], unreadable],
    [
      17,
      ["+bad.xlsx", "CD10", "Bị loại", "Lỗi", "number.not-a-number", "BaoCao", "F12"],
      notANumber,
    ],
  ])("writes row %i with its file, status and finding", (row, expected, finding) => {
    expect(summary(row)).toEqual(expected);
    const { columns } = CHECKS_LAYOUT;
    expect(sheet.getCell(row, columns.message).value).toBe(finding?.message ?? null);
    expect(sheet.getCell(row, columns.hint).value).toBe(finding?.hint ?? null);
  });

  it("lists every file given, in order, and nothing after them", () => {
    const files: unknown[] = [];
    for (let row = 5; row <= 17; row++) files.push(sheet.getCell(row, 1).value);
    expect(files).toEqual([
      "a.xlsx",
      "b.xlsx",
      "c.xlsx",
      "d.xlsx",
      "e.xlsx",
      "f.xlsx",
      "g.xlsx",
      "h.xlsx",
      "k.xlsx",
      "i-cu.xlsx",
      "i-moi.xlsx",
      "broken.xlsx",
      "+bad.xlsx",
    ]);
    expect(sheet.getCell(18, 1).value).toBeNull();
    expect(sheet.getCell(5, CHECKS_LAYOUT.columns.name).value).toBe(INJECTIONS.CD01);
  });

  it("colours the status of rejected and replaced files", () => {
    const fill = (row: number) => sheet.getCell(row, CHECKS_LAYOUT.columns.status).fill;
    expect(fill(5)).toEqual({ type: "pattern", pattern: "none" });
    expect(fill(14)).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(fill(16)).toMatchObject({ fgColor: { argb: "FFF8CBAD" } });
  });

  it("freezes the header, filters every row and wraps the messages", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.autoFilter).toBe("A3:J17");
    expect(sheet.getCell("I10").alignment).toMatchObject({ wrapText: true });
    expect(sheet.getColumn(CHECKS_LAYOUT.columns.message).width).toBeLessThanOrEqual(60);
  });
});
