/**
 * Period over period end to end (issue 9): two periods generated as unit workbooks with known
 * changes, each consolidated by the real pipeline, the earlier one written and read back, the
 * comparison made and written as sheet So sánh.
 */
import type { Worksheet } from "exceljs";
import { loadWorkbook, xlsxParts } from "../../../test/support/readXlsx";
import {
  checkPreviousPeriod,
  comparePeriods,
  periodResultOf,
  type PeriodComparison,
} from "../../core/comparison";
import type { ConsolidationResult } from "../../core/consolidation";
import { defaultRules, type Rules } from "../../core/rules";
import { readConsolidatedWorkbook } from "../resultReader";
import { generatePeriod, type PlannedUnit } from "../resultReader/testing/consolidatedPeriod";
import { COMPARISON_LAYOUT, comparisonSheet } from "./comparisonSheet";
import { GENERATED_AT, writtenThroughExcelJS } from "./testSupport";
import { writeResultWorkbook } from "./writeResultWorkbook";

jest.setTimeout(60_000);

// Without the HTXS quota the classes follow the planned scores, so the changes are known.
const rules: Rules = { ...defaultRules, quota: null };

/** Fixed members and new members, so the province's totals change by known amounts. */
const fixed = (members: number, recruited: number) => ({
  DV01: { actual: 200 },
  DV02: { actual: members },
  DV03: { actual: 50 },
  DV04: { target: 5, actual: recruited },
});

const plan2023: PlannedUnit[] = [
  { code: "CD01", score: 85, cluster: "Cụm 1", indicators: fixed(100, 4) }, // HTT, rank 2
  { code: "CD02", score: 92, cluster: "Cụm 1", indicators: fixed(100, 4) }, // HTXS, rank 1
  { code: "CD03", score: 75, cluster: "Cụm 2", indicators: fixed(100, 4) }, // HTT, rank 4
  { code: "CD04", score: 60, cluster: "Cụm 2", indicators: fixed(100, 4) }, // HT, rank 5
  { code: "CD05", score: 45, cluster: "Cụm 2", indicators: fixed(100, 4) }, // KHT, rank 6
  { code: "CD06", score: 80, cluster: "Cụm 1", indicators: fixed(100, 4) }, // HTT, rank 3
];
const plan2024: PlannedUnit[] = [
  { code: "CD01", score: 93, cluster: "Cụm 1", indicators: fixed(110, 6) }, // HTXS, rank 2
  { code: "CD02", score: 94, cluster: "Cụm 1", indicators: fixed(110, 6) }, // HTXS, rank 1
  { code: "CD03", score: 91, cluster: "Cụm 2", indicators: fixed(110, 6) }, // HTXS, rank 4
  { code: "CD04", score: 72, cluster: "Cụm 2", indicators: fixed(110, 6) }, // HTT, rank 5
  { code: "CD06", score: 50, cluster: "Cụm 1", indicators: fixed(110, 6) }, // HT, rank 6
  { code: "CD07", score: 93, cluster: "Cụm 2", indicators: fixed(110, 6) }, // new: HTXS, rank 2
];

let comparison: PeriodComparison;
let sheet: Worksheet;
let result2024: ConsolidationResult;

beforeAll(async () => {
  const [year2023, year2024] = await Promise.all([
    generatePeriod("Năm 2023", plan2023, { rules }),
    generatePeriod("Năm 2024", plan2024, { rules }),
  ]);
  const previous = readConsolidatedWorkbook(year2023.bytes, "TongHop-2023.xlsx");
  if (!previous.ok) throw new Error(JSON.stringify(previous.findings));
  const current = periodResultOf(year2024.result, rules, "TongHop-2024.xlsx")!;
  expect(checkPreviousPeriod(previous.result.period, current.period, "TongHop-2023.xlsx")).toEqual(
    [],
  );
  comparison = comparePeriods(previous.result, current);
  result2024 = year2024.result;
  const bytes = await writeResultWorkbook(year2024.result, rules, {
    extraSheets: [comparisonSheet(comparison)],
  });
  sheet = (await loadWorkbook(bytes)).getWorksheet("So sánh")!;
});

/** The sheet's row whose column B holds `code`, or whose merged label A holds it. */
function rowOf(label: string, column: number = COMPARISON_LAYOUT.columns.code): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, column).value === label) return row;
  }
  throw new Error(`no row ${label}`);
}

describe("comparing two generated periods", () => {
  it("finds three more units completing their tasks with excellence than in 2023", () => {
    expect(comparison.province.classes.HTXS).toEqual({ previous: 1, current: 4, change: 3 });
    expect(comparison.sentences[0]).toBe(
      "Tăng 03 CĐCS hoàn thành xuất sắc nhiệm vụ, giảm 02 CĐCS hoàn thành tốt nhiệm vụ, " +
        "giảm 01 CĐCS không hoàn thành nhiệm vụ so với năm 2023.",
    );
  });

  it.each([
    ["CD01", 8, 0, "up", "HTT", "HTXS"],
    ["CD03", 16, 0, "up", "HTT", "HTXS"],
    ["CD04", 12, 0, "up", "HT", "HTT"],
    ["CD06", -30, -3, "down", "HTT", "HT"],
    ["CD02", 2, 0, "same", "HTXS", "HTXS"],
  ] as const)(
    "gives %s a score change of %d, a rank change of %d, class %s",
    (code, score, rank, move, before, after) => {
      const unit = comparison.units.find((u) => u.code === code)!;
      expect([unit.scoreChange, unit.rankChange, unit.classMove]).toEqual([score, rank, move]);
      expect([unit.previous?.classification, unit.current?.classification]).toEqual([
        before,
        after,
      ]);
    },
  );

  it("lists the unit that is new and the unit that did not report again", () => {
    expect(comparison.units.find((u) => u.code === "CD07")).toMatchObject({
      previous: null,
      current: { rank: 2, classification: "HTXS" },
    });
    expect(comparison.units.at(-1)).toMatchObject({
      code: "CD05",
      previous: { score: 45, classification: "KHT" },
      current: null,
    });
  });

  it("compares the province's totals: members up 10%, new members from 80% to 120% of target", () => {
    expect(comparison.province.indicators.DV02).toMatchObject({
      previous: 600,
      current: 660,
      change: 60,
      changeRate: 0.1,
    });
    expect(comparison.province.indicators.DV04).toEqual({
      previous: 24,
      current: 36,
      change: 12,
      changeRate: 0.5,
      previousAttainment: 0.8,
      currentAttainment: 1.2,
    });
    expect(comparison.sentences[1]).toContain(
      "tổng số đoàn viên công đoàn 660 người, tăng 60 người (10%)",
    );
    expect(comparison.sentences[1]).toContain(
      "đoàn viên kết nạp mới trong kỳ 36 người, tăng 12 người (50%), tỷ lệ đạt 120% (năm 2023: 80%)",
    );
  });
});

describe("sheet So sánh", () => {
  it("writes the same parts as ExcelJS's own worksheets would", async () => {
    const extraSheets = [comparisonSheet(comparison)];
    const lean = await writeResultWorkbook(result2024, rules, {
      generatedAt: GENERATED_AT,
      extraSheets,
    });
    const exceljs = await writtenThroughExcelJS(result2024, rules, { extraSheets });
    expect(xlsxParts(lean)).toEqual(xlsxParts(exceljs));
  });

  it("heads the sheet with both periods", () => {
    expect(sheet.getCell("A1").value).toBe("SO SÁNH NĂM 2024 VỚI NĂM 2023");
    expect(sheet.getCell("E3").value).toBe("Điểm năm 2023");
    expect(sheet.getCell("F3").value).toBe("Điểm năm 2024");
  });

  it.each([
    ["CD06", 80, 50, -30, 3, 6, -3, "HTT", "HT", "Xuống loại"],
    ["CD01", 85, 93, 8, 2, 2, 0, "HTT", "HTXS", "Lên loại"],
    ["CD07", null, 93, null, null, 2, null, null, "HTXS", "Mới có ở kỳ này"],
    ["CD05", 45, null, null, 6, null, null, "KHT", null, "Không có ở kỳ này"],
  ] as const)("writes %s's standing in both periods and its change", (code, ...expected) => {
    const row = rowOf(code);
    const c = COMPARISON_LAYOUT.columns;
    const cells = [
      c.previousScore,
      c.currentScore,
      c.scoreChange,
      c.previousRank,
      c.currentRank,
      c.rankChange,
      c.previousClass,
      c.currentClass,
      c.move,
    ].map((column) => sheet.getCell(row, column).value);
    expect(cells).toEqual(expected);
  });

  it("writes each unit's change of every indicator and its rate", () => {
    const row = rowOf("CD01");
    const dv04 = COMPARISON_LAYOUT.firstIndicatorColumn + 2 * 3;
    expect(sheet.getCell(COMPARISON_LAYOUT.headerRows.first, dv04).value).toMatch(/^DV04 – /);
    expect(sheet.getCell(row, dv04).value).toBe(2);
    expect(sheet.getCell(row, dv04 + 1).value).toBe(0.5);
  });

  it("writes the province's classes and totals in both periods", () => {
    const { columns, labelColumns } = COMPARISON_LAYOUT.province;
    const row = rowOf("Hoàn thành xuất sắc nhiệm vụ", labelColumns.first);
    expect(
      [columns.previous, columns.current, columns.change].map((c) => sheet.getCell(row, c).value),
    ).toEqual([1, 4, 3]);
    const dv04 = rowOf("DV04 – Đoàn viên kết nạp mới trong kỳ (người)", labelColumns.first);
    expect(
      [
        columns.previous,
        columns.current,
        columns.change,
        columns.changeRate,
        columns.previousAttainment,
        columns.currentAttainment,
      ].map((c) => sheet.getCell(dv04, c).value),
    ).toEqual([24, 36, 12, 0.5, 0.8, 1.2]);
  });
});
