import type { Workbook, Worksheet } from "exceljs";
import { defaultRules, type Rules } from "../../core/rules";
import { cellXml, loadWorkbook, sheetXml } from "../../../test/support/readXlsx";
import { writeTemplate } from "./writeTemplate";

let cached: Workbook | undefined;
async function defaultTemplate(): Promise<Workbook> {
  cached ??= await loadWorkbook(await writeTemplate(defaultRules, {}));
  return cached;
}
const sheetOf = (workbook: Workbook, name: string): Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const isLocked = (sheet: Worksheet, address: string) =>
  sheet.getCell(address).protection?.locked !== false;

describe("writeTemplate: the sheets", () => {
  it("writes BaoCao, ChamDiem, DeNghiKhenThuong and HuongDan in that order", async () => {
    expect((await defaultTemplate()).worksheets.map((s) => s.name)).toEqual([
      "BaoCao",
      "ChamDiem",
      "DeNghiKhenThuong",
      "HuongDan",
    ]);
  });

  it.each(["BaoCao", "ChamDiem", "DeNghiKhenThuong", "HuongDan"])(
    "protects %s without a password",
    async (name) => {
      const sheet = sheetOf(await defaultTemplate(), name) as Worksheet & {
        sheetProtection?: Record<string, unknown>;
      };
      expect(sheet.sheetProtection).toMatchObject({
        sheet: true,
        insertRows: true,
        insertColumns: true,
      });
      expect(sheet.sheetProtection).not.toHaveProperty("hashValue");
      expect(sheet.sheetProtection).not.toHaveProperty("password");
    },
  );

  it.each([
    ["BaoCao", 12, "12:12"],
    ["ChamDiem", 4, "4:4"],
    ["DeNghiKhenThuong", 4, "4:4"],
  ])(
    "freezes %s above its table and repeats the header row on A4 pages",
    async (name, row, titles) => {
      const sheet = sheetOf(await defaultTemplate(), name);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: row });
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        fitToWidth: 1,
        printTitlesRow: titles,
      });
    },
  );
});

describe("writeTemplate: BaoCao header fields", () => {
  it.each([
    ["A4", "Mã đơn vị"],
    ["A5", "Tên công đoàn cơ sở"],
    ["A6", "Kỳ báo cáo"],
    ["A7", "Cụm thi đua"],
    ["A8", "Ngày thành lập"],
    ["A9", "Ngày báo cáo"],
    ["A10", "Phiên bản mẫu"],
  ])("labels %s %s, locked, with an unlocked value cell to its right", async (address, label) => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    expect(sheet.getCell(address).value).toBe(label);
    expect(isLocked(sheet, address)).toBe(true);
    const valueCell = address.replace("A", "C");
    expect(isLocked(sheet, valueCell)).toBe(label === "Phiên bản mẫu");
  });

  it("writes the rules' form version, locked", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    expect(sheet.getCell("C10").value).toBe("CDVC-BC 1");
    expect(isLocked(sheet, "C10")).toBe(true);
  });

  it("leaves the unit's fields empty when no values are given", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    for (const address of ["C4", "C5", "C6", "C7", "C8", "C9"]) {
      expect(sheet.getCell(address).value).toBeNull();
    }
  });

  it("formats and validates the date fields day first", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    for (const address of ["C8", "C9"]) {
      expect(sheet.getCell(address).numFmt).toBe("dd/mm/yyyy");
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: "date",
        showErrorMessage: true,
        error: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 08/01/2021.",
      });
    }
  });

  it("writes the given values, a day-first founding date as a date", async () => {
    const workbook = await loadWorkbook(
      await writeTemplate(defaultRules, {
        unitCode: "CD001",
        unitName: "CĐCS Sở Tư pháp",
        period: "Năm 2024",
        cluster: "Cụm 1",
        founded: "08/01/2021",
        reportDate: new Date(Date.UTC(2024, 11, 15)),
      }),
    );
    const sheet = sheetOf(workbook, "BaoCao");
    expect(["C4", "C5", "C6", "C7"].map((a) => sheet.getCell(a).value)).toEqual([
      "CD001",
      "CĐCS Sở Tư pháp",
      "Năm 2024",
      "Cụm 1",
    ]);
    expect(sheet.getCell("C8").value).toEqual(new Date(Date.UTC(2021, 0, 8)));
    expect(sheet.getCell("C9").value).toEqual(new Date(Date.UTC(2024, 11, 15)));
  });

  it("keeps a founding date that is no date as the text given", async () => {
    const sheet = sheetOf(
      await loadWorkbook(await writeTemplate(defaultRules, { founded: "khoảng 2020" })),
      "BaoCao",
    );
    expect(sheet.getCell("C8").value).toBe("khoảng 2020");
  });

  it("takes the period from the rules when none is given", async () => {
    const rules: Rules = { ...defaultRules, period: "6 tháng đầu năm 2025" };
    const sheet = sheetOf(await loadWorkbook(await writeTemplate(rules, {})), "BaoCao");
    expect(sheet.getCell("C6").value).toBe("6 tháng đầu năm 2025");
  });
});

describe("writeTemplate: text that looks like a formula stays text", () => {
  const options = {
    unitCode: "+84",
    unitName: '=HYPERLINK("http://example.com","x")',
    period: "-Năm 2024",
    cluster: "@Cụm 1",
  };
  it.each([
    ["C4", options.unitCode],
    ["C5", options.unitName],
    ["C6", options.period],
    ["C7", options.cluster],
  ])("writes %s as a string cell without a formula", async (address, value) => {
    const bytes = await writeTemplate(defaultRules, options);
    const xml = cellXml(sheetXml(bytes, "BaoCao"), address);
    expect(xml).toMatch(/ t="s"/);
    expect(xml).not.toContain("<f>");
    const sheet = sheetOf(await loadWorkbook(bytes), "BaoCao");
    expect(sheet.getCell(address).value).toBe(value);
  });
});

describe("writeTemplate: BaoCao indicator table", () => {
  it("heads the table with the seven columns in row 12", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    const header = ["A", "B", "C", "D", "E", "F", "G"].map((c) => sheet.getCell(`${c}12`).value);
    expect(header).toEqual([
      "STT",
      "Mã số",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch",
      "Thực hiện",
      "Ghi chú",
    ]);
  });

  it("puts a section title row with no code before each group", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    const sections: Array<[number, unknown, unknown]> = [];
    sheet.eachRow((row, n) => {
      if (n > 12 && row.getCell(2).value === null)
        sections.push([n, row.getCell(1).value, row.getCell(3).value]);
    });
    expect(sections).toEqual([
      [13, "I", "Đoàn viên và người lao động"],
      [19, "II", "Chăm lo đời sống, bảo vệ quyền lợi đoàn viên"],
      [26, "III", "Phong trào thi đua, văn hóa, văn nghệ, thể dục thể thao"],
      [31, "IV", "Tham gia xây dựng Đảng"],
      [34, "V", "Đào tạo, bồi dưỡng cán bộ công đoàn"],
    ]);
  });

  it("writes every default indicator once, numbered, with its label and unit", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    const rows: Array<[unknown, unknown, unknown, unknown]> = [];
    sheet.eachRow((row, n) => {
      if (n > 12 && row.getCell(2).value !== null) {
        rows.push([
          row.getCell(1).value,
          row.getCell(2).value,
          row.getCell(3).value,
          row.getCell(4).value,
        ]);
      }
    });
    expect(rows).toEqual(defaultRules.indicators.map((i, n) => [n + 1, i.code, i.label, i.unit]));
  });

  it.each([
    // code, row, actual's format, actual's validation
    ["DV01", 14, "#,##0", { type: "whole", operator: "greaterThanOrEqual", formulae: [0] }],
    ["DV05", 18, "#,##0", { type: "whole", operator: "greaterThanOrEqual", formulae: [0] }],
    ["CL03", 22, "#,##0.0", { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] }],
    ["CL01", 20, undefined, { type: "list", formulae: ['"Có,Không"'] }],
    ["TD04", 30, undefined, { type: "list", formulae: ['"Có,Không"'] }],
  ])("validates %s's actual (row %i)", async (code, row, numFmt, rule) => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    expect(sheet.getCell(`B${row}`).value).toBe(code);
    const actual = sheet.getCell(`F${row}`);
    expect(isLocked(sheet, `F${row}`)).toBe(false);
    if (numFmt) expect(actual.numFmt).toBe(numFmt);
    expect(actual.dataValidation).toMatchObject({
      ...rule,
      showErrorMessage: true,
      errorStyle: "stop",
    });
  });

  it.each([
    ["DV02", 15, "F14", "DV01"],
    ["DV03", 16, "F15", "DV02"],
  ])(
    "keeps %s's actual at most its bound's, as the unit types",
    async (code, row, bound, boundCode) => {
      const sheet = sheetOf(await defaultTemplate(), "BaoCao");
      expect(sheet.getCell(`B${row}`).value).toBe(code);
      const rule = sheet.getCell(`F${row}`).dataValidation;
      expect(rule.type).toBe("custom");
      expect(rule.formulae[0]).toContain(`F${row}<=${bound}`);
      expect(rule.error).toContain(boundCode);
    },
  );

  it.each([
    ["DV04", 17, false],
    ["TD01", 27, false],
    ["DV01", 14, true],
    // CL01's target (Có) is in the rules, not the unit's to write.
    ["CL01", 20, true],
  ])("opens %s's target (row %i) only when it has one: locked=%s", async (code, row, locked) => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    expect(sheet.getCell(`B${row}`).value).toBe(code);
    expect(isLocked(sheet, `E${row}`)).toBe(locked);
  });

  it("locks codes and labels, and leaves notes open", async () => {
    const sheet = sheetOf(await defaultTemplate(), "BaoCao");
    expect(isLocked(sheet, "B14")).toBe(true);
    expect(isLocked(sheet, "C14")).toBe(true);
    expect(isLocked(sheet, "G14")).toBe(false);
  });

  it("groups a province's own indicator under other indicators, last", async () => {
    const rules: Rules = {
      ...defaultRules,
      indicators: [
        ...defaultRules.indicators,
        {
          code: "NC01",
          label: "Điểm khảo sát hài lòng",
          unit: "điểm",
          kind: "number",
          direction: "higher",
          hasTarget: true,
          integer: false,
        },
      ],
    };
    const sheet = sheetOf(await loadWorkbook(await writeTemplate(rules, {})), "BaoCao");
    expect([sheet.getCell("A36").value, sheet.getCell("C36").value]).toEqual([
      "VI",
      "Chỉ tiêu khác",
    ]);
    expect(sheet.getCell("B37").value).toBe("NC01");
    expect(sheet.getCell("F37").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("F37").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
    });
    expect(isLocked(sheet, "E37")).toBe(false);
  });
});

describe("writeTemplate: ChamDiem", () => {
  it("heads the scoresheet with its six columns in row 4", async () => {
    const sheet = sheetOf(await defaultTemplate(), "ChamDiem");
    const header = ["A", "B", "C", "D", "E", "F"].map((c) => sheet.getCell(`${c}4`).value);
    expect(header).toEqual(["Mã số", "Tiêu chí", "Điểm chuẩn", "Tự chấm", "Thẩm định", "Ghi chú"]);
  });

  it("writes one row per criterion with its max points, locked", async () => {
    const sheet = sheetOf(await defaultTemplate(), "ChamDiem");
    const rows = defaultRules.criteria.map((_, i) => {
      const r = sheet.getRow(5 + i);
      return [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value];
    });
    expect(rows).toEqual(defaultRules.criteria.map((c) => [c.code, c.label, c.maxPoints]));
    expect(isLocked(sheet, "C5")).toBe(true);
  });

  it.each([
    ["D5", 15],
    ["E5", 15],
    ["D6", 20],
    ["D10", 5],
  ])("opens %s for a score from 0 to %i", async (address, max) => {
    const sheet = sheetOf(await defaultTemplate(), "ChamDiem");
    expect(isLocked(sheet, address)).toBe(false);
    expect(sheet.getCell(address).dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, max],
      error: `Nhập điểm từ 0 đến ${max}.`,
    });
  });

  it("ends with a Tổng cộng row of live sums, the max points' total cached", async () => {
    const sheet = sheetOf(await defaultTemplate(), "ChamDiem");
    expect(sheet.getCell("B12").value).toBe("Tổng cộng");
    expect(sheet.getCell("C12").value).toEqual({ formula: "SUM(C5:C11)", result: 100 });
    expect(sheet.getCell("D12").formula).toBe("SUM(D5:D11)");
    expect(sheet.getCell("E12").formula).toBe("SUM(E5:E11)");
    expect(isLocked(sheet, "D12")).toBe(true);
  });

  it("leaves the scores' sums without a cached value, for Excel to compute", async () => {
    const bytes = await writeTemplate(defaultRules, {});
    const xml = sheetXml(bytes, "ChamDiem");
    expect(cellXml(xml, "D12")).toMatch(/<f>SUM\(D5:D11\)<\/f>/);
    expect(cellXml(xml, "D12")).not.toMatch(/<v>/);
  });
});

describe("writeTemplate: HuongDan and the interface language", () => {
  it.each([
    ["the version", "CDVC-BC 1"],
    ["the number convention", "2.686"],
    ["the yes/no words", "Có hoặc Không"],
    ["the date order", "dd/mm/yyyy"],
    ["not to rename labels", "Không đổi tên"],
    ["that rows may be inserted", "chèn thêm dòng"],
    ["the optional proposals sheet", "Trang DeNghiKhenThuong (không bắt buộc)"],
  ])("explains %s in Vietnamese", async (_what, phrase) => {
    const sheet = sheetOf(await defaultTemplate(), "HuongDan");
    const all: string[] = [];
    sheet.eachRow((row) => all.push(String(row.getCell(1).value)));
    expect(all.join("\n")).toContain(phrase);
  });

  it("writes instructions and messages in English, labels still in Vietnamese, with lang en", async () => {
    const workbook = await loadWorkbook(await writeTemplate(defaultRules, { lang: "en" }));
    const guide = sheetOf(workbook, "HuongDan");
    expect(String(guide.getCell("A1").value)).toContain("HOW TO FILL IN");
    const report = sheetOf(workbook, "BaoCao");
    expect(report.getCell("A4").value).toBe("Mã đơn vị");
    expect(report.getCell("F14").dataValidation.error).toBe(
      "Enter a whole number, zero or more, for example 25.",
    );
  });
});
