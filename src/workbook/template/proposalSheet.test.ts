import type { Worksheet } from "exceljs";
import { loadWorkbook } from "../../../test/support/readXlsx";
import { defaultRules, type Rules } from "../../core/rules";
import { checkWorkbook } from "../checkWorkbook";
import { writeTemplate } from "./writeTemplate";

async function proposalSheetOf(
  rules: Rules = defaultRules,
  lang?: "vi" | "en",
): Promise<Worksheet> {
  const workbook = await loadWorkbook(await writeTemplate(rules, { lang }));
  const sheet = workbook.getWorksheet("DeNghiKhenThuong");
  if (!sheet) throw new Error("no sheet DeNghiKhenThuong");
  return sheet;
}

describe("writeTemplate: DeNghiKhenThuong", () => {
  it("heads the table with the form's seven columns in row 4, locked", async () => {
    const sheet = await proposalSheetOf();
    expect(["A4", "B4", "C4", "D4", "E4", "F4", "G4"].map((a) => sheet.getCell(a).value)).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Đối tượng",
      "Chức vụ, đơn vị công tác",
      "Hình thức đề nghị",
      "Loại",
      "Thành tích",
    ]);
    expect(sheet.getCell("B4").protection?.locked).not.toBe(false);
    expect(sheet.getCell("A1").value).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  });

  it.each([
    ["C5", '"Cá nhân,Tập thể"'],
    ["F5", '"Thường xuyên,Chuyên đề"'],
    ["C54", '"Cá nhân,Tập thể"'],
  ])("offers the drop-down list at %s: %s", async (address, list) => {
    const cell = (await proposalSheetOf()).getCell(address);
    expect(cell.dataValidation).toMatchObject({
      type: "list",
      formulae: [list],
      showErrorMessage: true,
    });
    expect(cell.protection).toMatchObject({ locked: false });
  });

  it("lists the rules' award names for Hình thức đề nghị, from a hidden column", async () => {
    const sheet = await proposalSheetOf();
    expect(sheet.getCell("E5").dataValidation).toMatchObject({
      type: "list",
      formulae: ["$I$5:$I$9"],
      error: "Chọn một hình thức khen thưởng trong danh sách.",
    });
    expect(["I5", "I6", "I7", "I8", "I9"].map((a) => sheet.getCell(a).value)).toEqual(
      defaultRules.awards.map((a) => a.name),
    );
    expect(sheet.getColumn(9).hidden).toBe(true);
  });

  it("lists a province's own catalogue, a name with a comma included", async () => {
    const rules: Rules = {
      ...defaultRules,
      awards: [
        ...defaultRules.awards,
        {
          name: "Giấy khen, Bằng khen chuyên đề",
          level: "CĐVC",
          recipients: "both",
          aliases: [],
          perUnitLimits: [],
        },
      ],
    };
    const sheet = await proposalSheetOf(rules);
    expect(sheet.getCell("E5").dataValidation.formulae).toEqual(["$I$5:$I$10"]);
    expect(sheet.getCell("I10").value).toBe("Giấy khen, Bằng khen chuyên đề");
  });

  it("leaves 50 yellow rows open for text, in the interface language", async () => {
    const sheet = await proposalSheetOf(defaultRules, "en");
    for (const address of ["B5", "D5", "G5", "B54", "G54"]) {
      expect(sheet.getCell(address).protection).toMatchObject({ locked: false });
      expect(sheet.getCell(address).dataValidation).toMatchObject({ type: "textLength" });
    }
    expect(sheet.getCell("B55").protection?.locked).not.toBe(false);
    expect(sheet.getCell("C5").dataValidation.error).toBe(
      "Choose Cá nhân (individual) or Tập thể (collective).",
    );
  });

  it("proposes nothing and gets no finding when left empty", async () => {
    const entry = checkWorkbook(await writeTemplate(defaultRules, {}), "mau.xlsx", defaultRules);
    const result = entry.result;
    expect("unit" in result && result.unit?.proposals).toEqual([]);
    expect(result.findings.filter((f) => f.sheet === "DeNghiKhenThuong")).toEqual([]);
  });

  it("is read back by the product's reader once a unit fills a row in", async () => {
    const workbook = await loadWorkbook(await writeTemplate(defaultRules, {}));
    const sheet = workbook.getWorksheet("DeNghiKhenThuong")!;
    const row = [
      "1",
      "Nguyễn Thị Lan",
      "Cá nhân",
      "Kế toán",
      "Giấy khen của CĐVC tỉnh",
      "Chuyên đề",
      "Công tác nữ công",
    ];
    row.forEach((value, i) => (sheet.getCell(5, i + 1).value = value));
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = checkWorkbook(bytes, "mau.xlsx", defaultRules).result;
    const unit = "unit" in result ? result.unit : null;
    expect(unit?.proposals.map((p) => [p.row, p.name, p.subject, p.award, p.kind])).toEqual([
      [5, "Nguyễn Thị Lan", "individual", "Giấy khen của CĐVC tỉnh", "thematic"],
    ]);
    expect(result.findings.filter((f) => f.sheet === "DeNghiKhenThuong")).toEqual([]);
  });
});
