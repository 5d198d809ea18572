import type { Worksheet } from "exceljs";
import { parseRulesText, rulesHash } from "../../core/rules";
import { CONFIG_LAYOUT, RESULT_MARKER } from "./configSheet";
import { sampleRules, writeSample } from "./testSupport";

let sheet: Worksheet;

beforeAll(async () => {
  sheet = (await writeSample()).workbook.getWorksheet("Cấu hình")!;
});

/** Column A from the first JSON row to the last non-empty row, joined as lines. */
function columnAText(): string {
  const lines: string[] = [];
  for (let row = CONFIG_LAYOUT.firstJsonRow; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, 1).value;
    expect(typeof value).toBe("string");
    lines.push(value as string);
  }
  return lines.join("\n");
}

describe("sheet Cấu hình", () => {
  it("holds the rules used, which column A gives back when parsed", () => {
    const parsed = parseRulesText(columnAText(), "Cấu hình");
    expect(parsed.findings).toEqual([]);
    expect(parsed.rules).toEqual(sampleRules);
    // The sample's one change from the defaults survives the trip.
    expect(parsed.rules?.indicators.find((i) => i.code === "DV05")?.hasTarget).toBe(true);
  });

  it("keeps the JSON's indentation", () => {
    expect(sheet.getCell(CONFIG_LAYOUT.firstJsonRow, 1).value).toBe("{");
    expect(sheet.getCell(CONFIG_LAYOUT.firstJsonRow + 1, 1).value).toBe(
      '  "formVersion": "CDVC-BC 1",',
    );
  });

  it("heads the rules with the period, the time written and the rules' fingerprint", () => {
    expect(sheet.getCell("A1").value).toBe("CẤU HÌNH QUY TẮC ĐÃ DÙNG – Năm 2024");
    expect(sheet.getCell("A2").value).toBe(
      `Tạo bởi CĐVC Thi đua lúc 15/01/2025 09:30; mã bộ quy tắc ${rulesHash(sampleRules)}. ` +
        "Sao chép các dòng từ ô A4 trở xuống vào tệp rules.json để tổng hợp lại đúng kết quả này.",
    );
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("marks the workbook as a result of this tool, with its period, between the note and the rules", () => {
    expect(sheet.getCell("A3").value).toBe(RESULT_MARKER);
    expect(sheet.getCell("B3").value).toBe("Năm 2024");
  });
});
