/**
 * The roll-up end to end (issue 9): three CĐVC's units generated as workbooks, each CĐVC
 * consolidated by the real pipeline and written, the three result workbooks read back and
 * added up — and the same units consolidated all at once, whose totals the roll-up must equal.
 */
import type { Workbook } from "exceljs";
import { loadWorkbook } from "../../../test/support/readXlsx";
import { consolidate, fromBatch, type IndicatorTotals } from "../../core/consolidation";
import { defaultRules } from "../../core/rules";
import { rollup, type RollupResult } from "../../core/rollup";
import { validateBatch } from "../../core/validation";
import { checkWorkbook } from "../checkWorkbook";
import { readConsolidatedWorkbook } from "../resultReader";
import {
  generatePeriod,
  type GeneratedPeriod,
  type PlannedUnit,
} from "../resultReader/testing/consolidatedPeriod";
import { summaryColumns } from "./summarySheet";
import { ROLLUP_LAYOUT, writeRollupWorkbook } from "./rollupWorkbook";

jest.setTimeout(90_000);

const SOURCES = [
  { name: "CDVC-A", prefix: "A", scores: [96, 91, 85, 72.5, 60] },
  { name: "CDVC-B", prefix: "B", scores: [93, 78, 55.5, 40] },
  { name: "CDVC-C", prefix: "C", scores: [99, 90, 88, 81, 70, 66] },
];

let generated: GeneratedPeriod[];
let result: RollupResult;
let allAtOnce: IndicatorTotals;
let workbook: Workbook;

beforeAll(async () => {
  generated = await Promise.all(
    SOURCES.map((s) =>
      generatePeriod(
        "Năm 2024",
        s.scores.map((score, k): PlannedUnit => ({
          code: `${s.prefix}${k + 1}`,
          score,
          cluster: `Cụm ${(k % 2) + 1}`,
          // Some units without a target, some with one of 0: the sums must still match.
          ...(k === 1 ? { indicators: { XD01: { actual: 3 } } } : {}),
          ...(k === 2 ? { indicators: { DV04: { target: 0, actual: 2 } } } : {}),
        })),
      ),
    ),
  );
  const sources = generated.map((g, k) => {
    const read = readConsolidatedWorkbook(g.bytes, SOURCES[k]!.name);
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    return read.result;
  });
  result = rollup(sources);

  const files = generated.flatMap((g) => g.units);
  const entries = files.map((f) => checkWorkbook(f.bytes, f.file, defaultRules));
  const batch = validateBatch(entries, defaultRules, { period: "Năm 2024" });
  allAtOnce = consolidate(fromBatch(entries, batch), defaultRules).totals.province;
  workbook = await loadWorkbook(await writeRollupWorkbook(result));
});

/** Equal to 1e-9, relative to the size of the figure; both null counts as equal. */
function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

describe("a roll-up of three consolidated workbooks", () => {
  it("includes every unit of every source", () => {
    expect(result.findings).toEqual([]);
    expect(result.units).toBe(15);
    expect(
      generated.map((g) => g.result.units.filter((u) => u.status === "included").length),
    ).toEqual([5, 4, 6]);
  });

  it.each(defaultRules.indicators.map((i) => i.code))(
    "totals %s exactly as the consolidation of all the units at once",
    (code) => {
      const rolled = result.totals[code]!;
      const once = allAtOnce[code]!;
      expect(rolled.reporting).toBe(once.reporting);
      expect([
        close(rolled.actual, once.actual),
        close(rolled.target, once.target),
        close(rolled.attainment, once.attainment),
      ]).toEqual([true, true, true]);
    },
  );

  it("never averages the sources' rates", () => {
    const rates = result.sources.map((s) => s.totals.DV04!.attainment!);
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    const dv04 = result.totals.DV04!;
    expect(dv04.attainment).toBe(dv04.actual! / dv04.target!);
    expect(Math.abs(dv04.attainment! - mean)).toBeGreaterThan(1e-6);
  });

  it("lists each source's classification as its own consolidation made it", () => {
    expect(result.sources.map((s) => s.counts)).toEqual(
      generated.map((g) => g.result.classificationCounts),
    );
    expect(result.counts.HTXS).toBe(
      generated.reduce((n, g) => n + g.result.classificationCounts.HTXS, 0),
    );
  });
});

describe("the roll-up workbook", () => {
  it("has its three sheets, named in Vietnamese", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Xếp loại", "Báo cáo"]);
  });

  it("writes each source's figures, then the total and its attainment", () => {
    const sheet = workbook.getWorksheet("Tổng hợp")!;
    const { firstDataRow, columns } = ROLLUP_LAYOUT;
    const dv04 = summaryColumns(defaultRules).find((c) => c.indicator.code === "DV04")!;
    expect(sheet.getCell(firstDataRow, columns.source).value).toBe("CDVC-A");
    expect(sheet.getCell(firstDataRow, columns.period).value).toBe("Năm 2024");
    expect(sheet.getCell(firstDataRow + 2, columns.units).value).toBe(6);
    const totalRow = firstDataRow + 3;
    expect(sheet.getCell(totalRow, columns.source).value).toBe("Tổng cộng");
    expect(sheet.getCell(totalRow, columns.units).value).toBe(15);
    expect(sheet.getCell(totalRow, dv04.target!).value).toBe(result.totals.DV04!.target);
    expect(sheet.getCell(totalRow, dv04.actual).value).toBe(result.totals.DV04!.actual);
    expect(sheet.getCell(totalRow + 1, dv04.actual).value).toBe(result.totals.DV04!.attainment);
  });

  it("writes each source's classes and their total", () => {
    const sheet = workbook.getWorksheet("Xếp loại")!;
    const { firstDataRow, firstClassColumn } = ROLLUP_LAYOUT.classes;
    const row = (r: number) =>
      [0, 1, 2, 3, 4].map((k) => sheet.getCell(r, firstClassColumn + k).value);
    const counts = (c: RollupResult["counts"]) => [c.HTXS, c.HTT, c.HT, c.KHT, c.CXL];
    expect(row(firstDataRow + 1)).toEqual(counts(result.sources[1]!.counts));
    expect(row(firstDataRow + 3)).toEqual(counts(result.counts));
  });
});
