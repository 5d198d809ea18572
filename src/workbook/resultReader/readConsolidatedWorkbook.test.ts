import { loadWorkbook } from "../../../test/support/readXlsx";
import { makeUnitWorkbook } from "../../../test/support/unitWorkbook";
import { periodResultOf, type PeriodUnit } from "../../core/comparison";
import { defaultRules } from "../../core/rules";
import { writeResultWorkbook } from "../result/writeResultWorkbook";
import { isConsolidatedWorkbook } from "./isConsolidatedWorkbook";
import { readConsolidatedWorkbook } from "./readConsolidatedWorkbook";
import { generatePeriod, type GeneratedPeriod } from "./testing/consolidatedPeriod";

jest.setTimeout(60_000);

let year: GeneratedPeriod;

beforeAll(async () => {
  year = await generatePeriod("Năm 2024", [
    { code: "CD01", score: 96, cluster: "Cụm 1" },
    { code: "CD02", score: 91.5, cluster: "Cụm 2" },
    { code: "CD03", score: 80, cluster: "Cụm 1", indicators: { CL01: { actual: false } } },
    { code: "CD04", score: 62.5 },
    // Founded in October 2024: ranked, not classified.
    { code: "CD05", score: 88, cluster: "Cụm 2", founded: new Date(Date.UTC(2024, 9, 1)) },
    { code: "CD06", score: 45, cluster: "Cụm 2", name: '=HYPERLINK("http://x","y")' },
  ]);
});

const byCode = (units: readonly PeriodUnit[]) =>
  [...units].sort((a, b) => a.code.localeCompare(b.code));

/** The result workbook after a change made by hand in Excel (here: with ExcelJS). */
async function edited(change: (workbook: Awaited<ReturnType<typeof loadWorkbook>>) => void) {
  const workbook = await loadWorkbook(year.bytes);
  change(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readConsolidatedWorkbook", () => {
  it("gives back the period, the rules and every included unit exactly as consolidated", () => {
    const read = readConsolidatedWorkbook(year.bytes, "TongHop-2024.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    const made = periodResultOf(year.result, year.rules, "TongHop-2024.xlsx")!;
    expect(read.result.source).toBe("TongHop-2024.xlsx");
    expect(read.result.period).toEqual({ kind: "year", year: 2024 });
    expect(read.result.rules).toEqual(defaultRules);
    expect(byCode(read.result.units)).toEqual(byCode(made.units));
  });

  it.each([
    ["CD01", 96, 1, "HTXS"],
    ["CD03", 80, 4, "HT"],
    ["CD05", 88, 3, "CXL"],
    ["CD06", 45, 6, "KHT"],
  ] as const)("reads %s with score %d, rank %d and class %s", (code, score, rank, cls) => {
    const read = readConsolidatedWorkbook(year.bytes, "t.xlsx");
    if (!read.ok) throw new Error("not read");
    const unit = read.result.units.find((u) => u.code === code);
    expect(unit).toMatchObject({ score, rank, classification: cls });
  });

  it("reads a formula-like unit name back as the text it is", () => {
    const read = readConsolidatedWorkbook(year.bytes, "t.xlsx");
    if (!read.ok) throw new Error("not read");
    expect(read.result.units.find((u) => u.code === "CD06")?.name).toBe(
      '=HYPERLINK("http://x","y")',
    );
  });

  it("reads yes/no answers of a workbook written in English", async () => {
    const english = await writeResultWorkbook(year.result, year.rules, { lang: "en" });
    const read = readConsolidatedWorkbook(english, "en.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    expect(read.result.units.find((u) => u.code === "CD03")?.indicators.CL01).toEqual({
      target: null,
      actual: false,
    });
  });

  it("refuses a unit's report as not one of ours", async () => {
    const unit = year.units[0]!;
    const read = readConsolidatedWorkbook(unit.bytes, unit.file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.findings.map((f) => [f.code, f.file, f.sheet])).toEqual([
      ["consolidated.not-ours", "CD01.xlsx", "Cấu hình"],
    ]);
  });

  it("passes the reader's own finding for a file that is not a workbook", () => {
    const read = readConsolidatedWorkbook(new TextEncoder().encode("a,b\n1,2\n"), "x.xlsx");
    expect(read.ok ? [] : read.findings.map((f) => f.code)).toEqual(["file.csv"]);
  });

  it.each([
    [
      "a workbook whose mark was removed",
      (w: Awaited<ReturnType<typeof loadWorkbook>>) => {
        w.getWorksheet("Cấu hình")!.getCell("A3").value = null;
      },
      [["consolidated.not-ours", "Cấu hình", null]],
    ],
    [
      "a period that cannot be read",
      (w: Awaited<ReturnType<typeof loadWorkbook>>) => {
        w.getWorksheet("Cấu hình")!.getCell("B3").value = "Quý 1";
      },
      [["consolidated.period-unreadable", "Cấu hình", "B3"]],
    ],
    [
      "a deleted sheet",
      (w: Awaited<ReturnType<typeof loadWorkbook>>) => {
        w.removeWorksheet(w.getWorksheet("Xếp loại")!.id);
      },
      [["consolidated.sheet-missing", "Xếp loại", null]],
    ],
    [
      "a figure typed over with text",
      (w: Awaited<ReturnType<typeof loadWorkbook>>) => {
        w.getWorksheet("Tổng hợp")!.getCell("F5").value = "nhiều";
      },
      [["consolidated.bad-value", "Tổng hợp", "F5"]],
    ],
    [
      "an indicator column that no longer heads its indicator",
      (w: Awaited<ReturnType<typeof loadWorkbook>>) => {
        w.getWorksheet("Tổng hợp")!.getCell("E3").value = "Ghi chú";
      },
      [["consolidated.layout", "Tổng hợp", "E3"]],
    ],
    [
      "a unit deleted from Xếp loại",
      (w: Awaited<ReturnType<typeof loadWorkbook>>) => {
        const sheet = w.getWorksheet("Xếp loại")!;
        const code = sheet.getCell("C4").value;
        sheet.getCell("C4").value = "CD99";
        expect(code).toBe("CD01");
      },
      [
        ["consolidated.unit-unmatched", "Tổng hợp", null],
        ["consolidated.unit-unmatched", "Xếp loại", null],
      ],
    ],
  ] as const)("refuses %s with a finding at its place", async (_, change, expected) => {
    const read = readConsolidatedWorkbook(await edited(change), "TongHop-2024.xlsx");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(expected);
  });
});

describe("isConsolidatedWorkbook", () => {
  it("tells a result workbook from a unit's report and from junk", async () => {
    const report = await makeUnitWorkbook({
      unitCode: "CD01",
      unitName: "CĐCS",
      period: "Năm 2024",
    });
    expect(isConsolidatedWorkbook(year.bytes)).toBe(true);
    expect(isConsolidatedWorkbook(report.bytes)).toBe(false);
    expect(isConsolidatedWorkbook(new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
