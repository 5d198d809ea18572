import type { Workbook, Worksheet } from "exceljs";
import { cellXml, loadWorkbook, sheetXml } from "../../../test/support/readXlsx";
import { consolidate } from "../../core/consolidation";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Rules } from "../../core/rules";
import { trackSubmissions } from "../../core/tracking";
import type { ExpectedUnit } from "../../core/units";
import { batchFinding, GENERATED_AT, INJECTIONS, sampleEntries, sampleRules } from "./testSupport";
import { TRACKING_LAYOUT, writeTrackingWorkbook } from "./trackingSheet";
import { writeResultWorkbook } from "./writeResultWorkbook";

const SHEET = "Theo dõi nộp báo cáo";
const CLUSTERS: Readonly<Record<string, string>> = {
  CD01: "Cụm 1",
  CD02: "Cụm 1",
  CD06: "Cụm 1",
  CD07: "Cụm 1",
  CD09: "Cụm 1",
};

/** The sample's units CD01–CD10 on the list with their names and clusters, and CD12 that sent nothing. */
const units: ExpectedUnit[] = [
  ...["CD01", "CD02", "CD03", "CD04", "CD05", "CD06", "CD07", "CD08", "CD09", "CD10"].map(
    (code): ExpectedUnit => ({
      code,
      name: INJECTIONS[code as keyof typeof INJECTIONS] ?? `Công đoàn ${code}`,
      cluster: CLUSTERS[code] ?? "Cụm 2",
      membership: code === "CD05" ? "member" : "direct",
    }),
  ),
  {
    code: "CD12",
    name: "Công đoàn CD12",
    cluster: "Cụm 2",
    membership: "direct",
    contact: "0912 345 678",
  },
];
const rules: Rules = { ...sampleRules, units };

const late = makeFinding(
  "report.late",
  { file: "b.xlsx", sheet: "BaoCao", cell: "C8" },
  { date: "20/01/2025", deadline: "15/01/2025" },
);

/** The sample batch with b.xlsx (CD02) dated after the deadline, consolidated with the list. */
function resultWithList(lang: "vi" | "en" = "vi") {
  const entries = sampleEntries().map((e) =>
    e.file === "b.xlsx" ? { ...e, findings: [...e.findings, late] } : e,
  );
  return consolidate(
    { entries, period: { kind: "year", year: 2024 }, findings: [batchFinding] },
    rules,
    { lang },
  );
}

const valuesOf = (sheet: Worksheet, row: number, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, k) => sheet.getCell(row, first + k).value ?? null);

let workbook: Workbook;
let bytes: Uint8Array;
let sheet: Worksheet;

beforeAll(async () => {
  bytes = await writeResultWorkbook(resultWithList(), rules, { generatedAt: GENERATED_AT });
  workbook = await loadWorkbook(bytes);
  sheet = workbook.getWorksheet(SHEET)!;
});

describe("sheet Theo dõi nộp báo cáo in the consolidation's workbook", () => {
  it("sits after Kiểm tra, with the title, the summary and the deadline", () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.indexOf(SHEET)).toBe(names.indexOf("Kiểm tra") + 1);
    expect(sheet.getCell("A1").value).toBe("THEO DÕI NỘP BÁO CÁO — Năm 2024");
    expect(sheet.getCell("A2").value).toBe(
      "10/11 CĐCS đã gửi báo cáo: 8 đúng hạn, 1 nộp muộn, 1 có lỗi; 1 chưa nộp; 1 bản bị thay thế bằng bản gửi sau.",
    );
    expect(sheet.getCell("A3").value).toBe(
      "Hạn nộp: 15/01/2025. Ngoài ra: 1 đơn vị ngoài danh sách, 1 tệp không xác định được đơn vị.",
    );
  });

  it("writes one row per listed unit in the list's order, then the unit not on it, then the unreadable file", () => {
    const { columns: c, firstDataRow } = TRACKING_LAYOUT;
    const rows = Array.from({ length: 13 }, (_, k) =>
      valuesOf(sheet, firstDataRow + k, c.no, c.contact).map((v, i) => (i === 2 ? null : v)),
    );
    expect(rows).toEqual([
      [1, "CD01", null, "Cụm 1", "Trực thuộc", "Đúng hạn", "a.xlsx", null, null, null],
      [
        2,
        "CD02",
        null,
        "Cụm 1",
        "Trực thuộc",
        "Nộp muộn",
        "b.xlsx",
        null,
        "Ngày báo cáo 20/01/2025, sau hạn 15/01/2025",
        null,
      ],
      [3, "CD03", null, "Cụm 2", "Trực thuộc", "Đúng hạn", "c.xlsx", null, null, null],
      [4, "CD04", null, "Cụm 2", "Trực thuộc", "Đúng hạn", "d.xlsx", null, null, null],
      [5, "CD05", null, "Cụm 2", "Thành viên", "Đúng hạn", "e.xlsx", null, null, null],
      [6, "CD06", null, "Cụm 1", "Trực thuộc", "Đúng hạn", "f.xlsx", null, null, null],
      [7, "CD07", null, "Cụm 1", "Trực thuộc", "Đúng hạn", "g.xlsx", null, null, null],
      [8, "CD08", null, "Cụm 2", "Trực thuộc", "Đúng hạn", "h.xlsx", null, null, null],
      [9, "CD09", null, "Cụm 1", "Trực thuộc", "Đúng hạn", "i-moi.xlsx", "i-cu.xlsx", null, null],
      [
        10,
        "CD10",
        null,
        "Cụm 2",
        "Trực thuộc",
        "Có lỗi",
        "+bad.xlsx",
        null,
        expect.stringMatching(/^1 lỗi, ví dụ: Ô F12 trang BaoCao/),
        null,
      ],
      [11, "CD12", null, "Cụm 2", "Trực thuộc", "Chưa nộp", null, null, null, "0912 345 678"],
      [12, "CD11", null, null, "Ngoài danh sách", "Đúng hạn", "k.xlsx", null, null, null],
      [
        13,
        null,
        null,
        null,
        null,
        "Không xác định được đơn vị",
        "broken.xlsx",
        null,
        "1 lỗi, ví dụ: Tệp broken.xlsx: không đọc được (zip hỏng).",
        null,
      ],
    ]);
    expect(sheet.getCell(TRACKING_LAYOUT.firstDataRow + 13, c.code).value ?? null).toBeNull();
  });

  it.each([
    ["C5", INJECTIONS.CD01],
    ["C6", INJECTIONS.CD02],
    ["C8", INJECTIONS.CD04],
    ["G14", "+bad.xlsx"],
  ])("writes %s (%s) as text, never a formula", (address, value) => {
    expect(sheet.getCell(address).value).toBe(value);
    const cell = cellXml(sheetXml(bytes, SHEET), address);
    expect(cell).toMatch(/ t="s"/);
    expect(cell).not.toMatch(/<f>/);
  });

  it("colours the state of a late unit yellow and of a unit with errors or missing red", () => {
    const fill = (address: string) => {
      const f = sheet.getCell(address).fill;
      return f?.type === "pattern" ? f.fgColor?.argb : undefined;
    };
    expect([fill("F5"), fill("F6"), fill("F14"), fill("F15"), fill("F17")]).toEqual([
      undefined,
      "FFFFF2CC",
      "FFF8CBAD",
      "FFF8CBAD",
      "FFF8CBAD",
    ]);
  });

  it("counts the listed units per cluster and in all below the units", () => {
    expect(sheet.getCell("A19").value).toBe("Số lượng theo cụm thi đua");
    expect(valuesOf(sheet, 20, 1, 8)).toEqual([
      "Cụm thi đua",
      "Số CĐCS",
      "Đã gửi",
      "Đúng hạn",
      "Nộp muộn",
      "Có lỗi",
      "Chưa nộp",
      "Bản bị thay thế",
    ]);
    expect([21, 22, 23].map((r) => valuesOf(sheet, r, 1, 8))).toEqual([
      ["Cụm 1", 5, 5, 4, 1, 0, 0, 1],
      ["Cụm 2", 6, 5, 4, 0, 1, 1, 0],
      ["Tổng cộng", 11, 10, 8, 1, 1, 1, 1],
    ]);
  });

  it("puts a filter on the units only, and freezes their header", () => {
    expect(sheet.autoFilter).toBe("A4:J17");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("begins the Báo cáo sheet with how many of the listed units sent a report", () => {
    expect(workbook.getWorksheet("Báo cáo")!.getCell("A2").value).toBe(
      "10/11 CĐCS đã gửi báo cáo.",
    );
  });
});

describe("sheet Theo dõi nộp báo cáo without a list", () => {
  it("says so, and tracks the units that sent a report", async () => {
    const result = consolidate(
      { entries: sampleEntries(), period: { kind: "year", year: 2024 } },
      sampleRules,
    );
    const read = await loadWorkbook(await writeResultWorkbook(result, sampleRules));
    const noList = read.getWorksheet(SHEET)!;
    expect(noList.getCell("A2").value).toMatch(/^Chưa có danh sách đơn vị/);
    expect(noList.getCell("A3").value).toBe("Ngoài ra: 1 tệp không xác định được đơn vị.");
    expect(noList.getCell("B5").value).toBe("CD01");
    expect(noList.getCell("E5").value).toBe("Ngoài danh sách");
  });
});

describe("writeTrackingWorkbook", () => {
  it("writes the sheet alone, in English when asked, with the deadline given", async () => {
    const result = resultWithList("en");
    const tracking = trackSubmissions(result.units, units);
    const read = await loadWorkbook(
      await writeTrackingWorkbook(tracking, {
        lang: "en",
        period: "Năm 2024",
        deadline: "15/01/2025",
      }),
    );
    expect(read.worksheets.map((s) => s.name)).toEqual([SHEET]);
    const only = read.getWorksheet(SHEET)!;
    expect(only.getCell("A1").value).toBe("REPORT SUBMISSIONS — Năm 2024");
    expect(only.getCell("A2").value).toBe(
      "10 of 11 grassroots unions sent their report: 8 on time, 1 late, 1 with errors; 1 missing; 1 copies replaced by a later one.",
    );
    expect(only.getCell("F15").value).toBe("Missing");
    expect(only.getCell("A23").value).toBe("Total");
  });
});
