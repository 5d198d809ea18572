/**
 * A term of five generated years end to end (issue 9): each year's unit workbooks consolidated
 * by the real pipeline and written, read back, reported on as a term and written as the term
 * workbook.
 */
import type { Workbook } from "exceljs";
import { loadWorkbook } from "../../../test/support/readXlsx";
import type { PeriodResult } from "../../core/comparison";
import { defaultRules, type Rules } from "../../core/rules";
import { termReport, type TermReport } from "../../core/term";
import { readConsolidatedWorkbook } from "../resultReader";
import { generatePeriod, type PlannedUnit } from "../resultReader/testing/consolidatedPeriod";
import { TERM_LAYOUT, writeTermWorkbook } from "./termWorkbook";

jest.setTimeout(90_000);

const rules: Rules = { ...defaultRules, quota: null };
const YEARS = [2019, 2020, 2021, 2022, 2023];

/**
 * Every figure with a target fixed: new members against 5; initiatives 2 of 2 (met exactly);
 * Party recommendations 2 against 3 (never met); trainings 4 against 3.
 */
const figures = (recruited: number) => ({
  DV04: { target: 5, actual: recruited },
  TD01: { target: 2, actual: 2 },
  XD01: { target: 3, actual: 2 },
  CB01: { target: 3, actual: 4 },
});

/** Year k (0–4): CD01 excellent every year, CD02 climbing, CD03 falling, CD04 from 2021 on. */
function plan(k: number): PlannedUnit[] {
  return [
    { code: "CD01", score: 95, cluster: "Cụm 1", indicators: figures(6) },
    { code: "CD02", score: 70 + 5 * k, cluster: "Cụm 1", indicators: figures(5) },
    { code: "CD03", score: 80 - 10 * k, cluster: "Cụm 2", indicators: figures(4 + k) },
    ...(k >= 2 ? [{ code: "CD04", score: 60, cluster: "Cụm 2", indicators: figures(5) }] : []),
  ];
}

let years: PeriodResult[];
let report: TermReport;
let workbook: Workbook;

beforeAll(async () => {
  const generated = await Promise.all(
    YEARS.map((y, k) => generatePeriod(`Năm ${y}`, plan(k), { rules })),
  );
  years = generated.map((g, k) => {
    const read = readConsolidatedWorkbook(g.bytes, `TongHop-${YEARS[k]}.xlsx`);
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    return read.result;
  });
  report = termReport(years, { term: { kind: "term", from: 2018, to: 2023 } });
  workbook = await loadWorkbook(await writeTermWorkbook(report));
});

describe("a term of five generated years", () => {
  it("takes the five years in order, without findings", () => {
    expect(report.years.map((y) => y.period)).toEqual(
      YEARS.map((year) => ({ kind: "year", year })),
    );
    expect(report.findings).toEqual([]);
  });

  it("adds the years up and rates the sums", () => {
    // New members: 15, 16, 22, 23, 24 against 15, 15, 20, 20, 20.
    expect(report.totals.DV04).toEqual({
      actual: 100,
      target: 90,
      attainment: 100 / 90,
      reporting: 18,
    });
    expect(report.totals.XD01).toMatchObject({ actual: 36, target: 54, attainment: 2 / 3 });
    expect(report.totals.CL01).toMatchObject({ actual: 18, target: 18, attainment: 1 });
    expect(report.met).toEqual(["DV04", "CL01", "TD01", "CB01"]);
    expect(report.missed).toEqual(["XD01"]);
  });

  it("counts the classes of each year", () => {
    expect(report.years.map((y) => y.summary.counts)).toEqual([
      { HTXS: 1, HTT: 2, HT: 0, KHT: 0, CXL: 0 },
      { HTXS: 1, HTT: 2, HT: 0, KHT: 0, CXL: 0 },
      { HTXS: 1, HTT: 1, HT: 2, KHT: 0, CXL: 0 },
      { HTXS: 1, HTT: 1, HT: 2, KHT: 0, CXL: 0 },
      { HTXS: 2, HTT: 0, HT: 1, KHT: 1, CXL: 0 },
    ]);
  });

  it.each([
    ["CD01", [95, 95, 95, 95, 95], { HTXS: 5, HTT: 0, HT: 0, KHT: 0, CXL: 0 }],
    ["CD02", [70, 75, 80, 85, 90], { HTXS: 1, HTT: 4, HT: 0, KHT: 0, CXL: 0 }],
    ["CD03", [80, 70, 60, 50, 40], { HTXS: 0, HTT: 2, HT: 2, KHT: 1, CXL: 0 }],
    ["CD04", [null, null, 60, 60, 60], { HTXS: 0, HTT: 0, HT: 3, KHT: 0, CXL: 0 }],
  ] as const)("keeps %s's record across the years", (code, scores, counts) => {
    const unit = report.units.find((u) => u.code === code)!;
    expect(unit.years.map((y) => y?.score ?? null)).toEqual(scores);
    expect(unit.counts).toEqual(counts);
  });

  it("writes the congress report's sentences", () => {
    expect(report.sentences).toEqual([
      "Trong nhiệm kỳ 2018-2023, đã hoàn thành và hoàn thành vượt mức 4 chỉ tiêu.",
      "Chưa hoàn thành 1 chỉ tiêu: giới thiệu 36/54 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt tỷ lệ 67%.",
      expect.stringMatching(
        /^Kết quả thực hiện chỉ tiêu cả nhiệm kỳ 2018-2023: kết nạp mới 100\/90 đoàn viên, đạt tỷ lệ 111%; .*18\/18 CĐCS tổ chức Hội nghị CBCCVC, đạt tỷ lệ 100%.*\.$/,
      ),
      expect.stringMatching(
        /^Kết quả xếp loại chất lượng CĐCS qua các năm: năm 2019: 01 CĐCS hoàn thành xuất sắc nhiệm vụ, 02 CĐCS hoàn thành tốt nhiệm vụ; .*; năm 2023: 02 CĐCS hoàn thành xuất sắc nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không hoàn thành nhiệm vụ\.$/,
      ),
      "01 CĐCS hoàn thành xuất sắc nhiệm vụ cả 5 năm: CĐCS CD01.",
    ]);
  });
});

describe("the term workbook", () => {
  it("has its four sheets, named in Vietnamese", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Nhiệm kỳ",
      "Xếp loại theo năm",
      "Quá trình CĐCS",
      "Báo cáo",
    ]);
  });

  it("writes each year's target and actual, then the term's, attainment and outcome", () => {
    const sheet = workbook.getWorksheet("Nhiệm kỳ")!;
    const { firstDataRow, totals } = TERM_LAYOUT;
    const row = firstDataRow + defaultRules.indicators.findIndex((i) => i.code === "DV04");
    expect(sheet.getCell(row, totals.code).value).toBe("DV04");
    const yearly = YEARS.map((_, k) => [
      sheet.getCell(row, totals.firstYearColumn + 2 * k).value,
      sheet.getCell(row, totals.firstYearColumn + 2 * k + 1).value,
    ]);
    expect(yearly).toEqual([
      [15, 15],
      [15, 16],
      [20, 22],
      [20, 23],
      [20, 24],
    ]);
    const term = totals.firstYearColumn + 2 * YEARS.length;
    expect(sheet.getCell(TERM_LAYOUT.headerRows.first, term).value).toBe("Cả nhiệm kỳ");
    expect([0, 1, 2, 3].map((k) => sheet.getCell(row, term + k).value)).toEqual([
      90,
      100,
      100 / 90,
      "Vượt mức",
    ]);
    const outcome = (code: string) =>
      sheet.getCell(
        firstDataRow + defaultRules.indicators.findIndex((i) => i.code === code),
        term + 3,
      ).value;
    expect(["XD01", "TD01", "CB01", "DV02"].map(outcome)).toEqual([
      "Chưa hoàn thành",
      "Hoàn thành",
      "Vượt mức",
      null,
    ]);
  });

  it("writes the classes of each year", () => {
    const sheet = workbook.getWorksheet("Xếp loại theo năm")!;
    const { firstDataRow, year, units, firstClassColumn } = TERM_LAYOUT.classes;
    expect(sheet.getCell(firstDataRow + 4, year).value).toBe("Năm 2023");
    expect(
      [units, ...[0, 1, 2, 3, 4].map((k) => firstClassColumn + k)].map(
        (c) => sheet.getCell(firstDataRow + 4, c).value,
      ),
    ).toEqual([4, 2, 0, 1, 1, 0]);
  });

  it("writes each unit's score and class year by year and its years per class", () => {
    const sheet = workbook.getWorksheet("Quá trình CĐCS")!;
    const { firstDataRow, units } = TERM_LAYOUT;
    const row = [0, 1, 2, 3]
      .map((k) => firstDataRow + k)
      .find((r) => sheet.getCell(r, units.code).value === "CD03")!;
    expect(
      YEARS.map((_, k) => sheet.getCell(row, units.firstYearColumn + 2 * k + 1).value),
    ).toEqual(["HTT", "HTT", "HT", "HT", "KHT"]);
    const counts = units.firstYearColumn + 2 * YEARS.length;
    expect([0, 1, 2, 3, 4, 5].map((k) => sheet.getCell(row, counts + k).value)).toEqual([
      5, 0, 2, 2, 1, 0,
    ]);
  });

  it("puts the sentences on sheet Báo cáo", () => {
    const sheet = workbook.getWorksheet("Báo cáo")!;
    expect(sheet.getCell("A1").value).toBe("NỘI DUNG BÁO CÁO NHIỆM KỲ – Nhiệm kỳ 2018-2023");
    expect(sheet.getCell("A2").value).toBe(report.sentences[0]);
  });
});
