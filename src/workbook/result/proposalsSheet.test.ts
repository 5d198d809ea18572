import type { Worksheet } from "exceljs";
import { loadWorkbook } from "../../../test/support/readXlsx";
import {
  consolidate,
  type ConsolidationEntry,
  type CriterionValue,
  type UnitValues,
} from "../../core/consolidation";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Proposal } from "../../core/proposals";
import { proposalOf } from "../../core/proposals/testing/proposals";
import { defaultRules } from "../../core/rules";
import { PROPOSALS_LAYOUT, proposalsSheet } from "./proposalsSheet";
import { writeResultWorkbook } from "./writeResultWorkbook";

const GK = "Giấy khen của CĐVC tỉnh";
const BK = "Bằng khen của LĐLĐ tỉnh";
const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const BK_TLD = "Bằng khen của Tổng Liên đoàn";

function criteriaFor(score: number): Record<string, CriterionValue> {
  let left = score;
  return Object.fromEntries(
    defaultRules.criteria.map((c) => {
      const self = Math.min(c.maxPoints, left);
      left -= self;
      return [c.code, { maxPoints: c.maxPoints, self, appraised: null }];
    }),
  );
}

function unit(code: string, name: string, score: number, proposals: Proposal[]): UnitValues {
  return {
    code,
    name,
    cluster: "Cụm 1",
    founded: null,
    indicators: { CL01: { target: null, actual: true } },
    criteria: criteriaFor(score),
    proposals,
  };
}

const person = (
  award: string,
  name: string,
  row: number,
  kind: "regular" | "thematic" = "regular",
) =>
  proposalOf(award, "individual", kind, {
    name,
    row,
    position: "Chuyên viên",
    achievement: `Thành tích của ${name}`,
  });
const collective = (
  award: string,
  name: string,
  row: number,
  kind: "regular" | "thematic" = "regular",
) =>
  proposalOf(award, "collective", kind, {
    name,
    row,
    position: "",
    achievement: "Dẫn đầu phong trào",
  });

const entries: ConsolidationEntry[] = [
  {
    file: "cd01.xlsx",
    unit: unit("CD01", "CĐCS Sở Y tế", 96, [
      collective(FLAG, "CĐCS Sở Y tế", 4),
      person(GK, "=Nguyễn Thị Lan", 5, "thematic"),
      person(GK, "Lê Văn An", 6),
      person(BK_TLD, "Trần Văn Bình", 7),
    ]),
    findings: [
      makeFinding(
        "proposal.award-unknown",
        { file: "cd01.xlsx", sheet: "DeNghiKhenThuong", cell: "E9" },
        { row: 9, text: "Huân chương", awards: "…" },
      ),
    ],
    replacedBy: null,
  },
  {
    file: "cd02.xlsx",
    unit: {
      ...unit("CD02", "CĐCS Sở Tư pháp", 80, [
        collective(FLAG, "CĐCS Sở Tư pháp", 4),
        person(GK, "Phạm Thị Cúc", 5),
        collective(BK, "Phòng Tổ chức", 6, "thematic"),
      ]),
      droppedProposals: [
        {
          ...person(GK, "Đỗ Văn Dũng", 9),
          award: null,
          awardText: "Huân chương",
          problems: [
            {
              code: "proposal.award-unknown",
              sheet: "DeNghiKhenThuong",
              cell: "E9",
              params: { row: 9, text: "Huân chương", awards: "…" },
            },
          ],
        },
      ],
    },
    findings: [],
    replacedBy: null,
  },
];

async function sheetOf(list: readonly ConsolidationEntry[]): Promise<Worksheet> {
  const result = consolidate({ entries: list, period: { kind: "year", year: 2024 } }, defaultRules);
  const bytes = await writeResultWorkbook(result, defaultRules, {
    generatedAt: new Date(Date.UTC(2025, 0, 2)),
  });
  const sheet = (await loadWorkbook(bytes)).getWorksheet("Đề nghị khen thưởng");
  if (!sheet) throw new Error("no sheet Đề nghị khen thưởng");
  return sheet;
}

/** Column A to F of every row from `first` on, blank cells as null, trailing blanks cut. */
function rows(sheet: Worksheet, first: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = first; r <= sheet.rowCount; r++) {
    const values = [1, 2, 3, 4, 5, 6].map((c) => {
      const cell = sheet.getCell(r, c);
      return cell.isMerged && cell.master !== cell ? null : cell.value;
    });
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    out.push(values);
  }
  return out;
}

describe("sheet Đề nghị khen thưởng", () => {
  let sheet: Worksheet;
  beforeAll(async () => {
    sheet = await sheetOf(entries);
  });

  it("titles the list with the period", () => {
    expect(sheet.getCell("A1").value).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG – Năm 2024");
    expect(String(sheet.getCell("A2").value)).toContain("Kèm theo Quyết định");
  });

  it("counts every award by collectives and individuals, regular and thematic", () => {
    expect(rows(sheet, PROPOSALS_LAYOUT.countsHeaderRow).slice(0, 7)).toEqual([
      ["Hình thức khen thưởng", null, "Tập thể", null, "Cá nhân"],
      [null, null, "Thường xuyên", "Chuyên đề", "Thường xuyên", "Chuyên đề"],
      ["Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", null, 0, 0, 0, 0],
      [BK_TLD, null, 0, 0, 1, 0],
      [FLAG, null, 1, 0, 0, 0],
      [BK, null, 0, 0, 0, 0],
      [GK, null, 0, 0, 2, 1],
    ]);
  });

  it("lists each level, then each award and kind of recipient, regular before thematic, numbered", () => {
    const after = PROPOSALS_LAYOUT.firstCountRow + 5 + 1;
    expect(rows(sheet, after)).toEqual([
      ["ĐỀ NGHỊ TỔNG LIÊN ĐOÀN TẶNG"],
      [],
      [`I. ${BK_TLD} – Cá nhân`],
      ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "CĐCS đề nghị", "Thành tích"],
      ["Khen thường xuyên"],
      [1, "Trần Văn Bình", "Chuyên viên", "CĐCS Sở Y tế", "Thành tích của Trần Văn Bình"],
      [],
      ["ĐỀ NGHỊ LĐLĐ TỈNH TẶNG"],
      [],
      [`II. ${FLAG} – Tập thể`],
      ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "CĐCS đề nghị", "Thành tích"],
      ["Khen thường xuyên"],
      [1, "CĐCS Sở Y tế", null, "CĐCS Sở Y tế", "Dẫn đầu phong trào"],
      [],
      ["CĐVC TỈNH TẶNG"],
      [],
      [`III. ${GK} – Cá nhân`],
      ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "CĐCS đề nghị", "Thành tích"],
      ["Khen thường xuyên"],
      [1, "Lê Văn An", "Chuyên viên", "CĐCS Sở Y tế", "Thành tích của Lê Văn An"],
      [2, "Phạm Thị Cúc", "Chuyên viên", "CĐCS Sở Tư pháp", "Thành tích của Phạm Thị Cúc"],
      ["Khen chuyên đề"],
      [3, "=Nguyễn Thị Lan", "Chuyên viên", "CĐCS Sở Y tế", "Thành tích của =Nguyễn Thị Lan"],
      [],
      ["ĐỀ NGHỊ KHÔNG ĐƯỢC TÍNH"],
      ["STT", "Họ và tên / Tên tập thể", "Hình thức đề nghị", "CĐCS đề nghị", "Lý do", "Dòng"],
      [
        1,
        "CĐCS Sở Tư pháp",
        FLAG,
        "CD02 – CĐCS Sở Tư pháp",
        "Ô E4 trang DeNghiKhenThuong: 'Cờ thi đua của LĐLĐ tỉnh' cho tập thể chỉ dành cho đơn vị xếp loại HTXS, đơn vị xếp loại HTT; dòng 4 không được tính.",
        4,
      ],
      [
        2,
        "Phòng Tổ chức",
        BK,
        "CD02 – CĐCS Sở Tư pháp",
        "Ô E6 trang DeNghiKhenThuong: 'Bằng khen của LĐLĐ tỉnh' cho tập thể chỉ dành cho đơn vị xếp loại HTXS, đơn vị xếp loại HTT; dòng 6 không được tính.",
        6,
      ],
      [
        3,
        "Đỗ Văn Dũng",
        "Huân chương",
        "CD02 – CĐCS Sở Tư pháp",
        "Ô E9 trang DeNghiKhenThuong: hình thức 'Huân chương' không có trong danh mục khen thưởng; dòng 9 không được tính.",
        9,
      ],
    ]);
  });

  it("writes a name that looks like a formula as text", () => {
    const cell = [...Array(sheet.rowCount).keys()]
      .map((r) => sheet.getCell(r + 1, 2))
      .find((c) => c.value === "=Nguyễn Thị Lan");
    expect(cell?.type).toBe(3 /* ValueType.String */);
    expect(cell?.formula).toBeUndefined();
  });

  it("prints on A4 landscape with the title on every page", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:2");
  });

  it("says so when no proposal counts, the count table still there", async () => {
    const none = await sheetOf(
      entries.map((e) => ({
        ...e,
        unit: e.unit && { ...e.unit, proposals: [], droppedProposals: [] },
      })),
    );
    const afterCounts = PROPOSALS_LAYOUT.firstCountRow + 5 + 1;
    expect(rows(none, afterCounts)).toEqual([["Không có đề nghị khen thưởng nào được tính."]]);
    expect(none.getCell(PROPOSALS_LAYOUT.firstCountRow + 4, 5).value).toBe(0);
  });

  it("is a workbook of its own when asked, for the lists' own download", async () => {
    const result = consolidate({ entries, period: { kind: "year", year: 2024 } }, defaultRules);
    const bytes = await writeResultWorkbook(result, defaultRules, { sheets: [proposalsSheet] });
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Đề nghị khen thưởng"]);
  });
});
