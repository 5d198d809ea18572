import type { Workbook, Worksheet } from "exceljs";
import { loadWorkbook } from "../../../test/support/readXlsx";
import { consolidate } from "../../core/consolidation";
import type { Cell, SheetGrid } from "../../core/grid/cell";
import { fromA1 } from "../../core/grid/address";
import { readWorkbook } from "../reader";
import { SUMMARY_LAYOUT, summaryColumns } from "./summarySheet";
import { INJECTIONS, sampleRules, unreadable, writeSample } from "./testSupport";
import { writeResultWorkbook } from "./writeResultWorkbook";

const NAME = "Tổng hợp";

let workbook: Workbook;
let sheet: Worksheet;
let grid: SheetGrid;

/** The cell as the product's own reader sees it (ExcelJS drops a cached 0). */
function read(address: string): Cell | undefined {
  const at = fromA1(address)!;
  return grid.rows[at.row]?.[at.col];
}

beforeAll(async () => {
  const sample = await writeSample();
  workbook = sample.workbook;
  sheet = workbook.getWorksheet(NAME)!;
  const back = readWorkbook(sample.bytes, "TongHop.xlsx");
  if (!back.ok) throw new Error("unreadable");
  grid = back.workbook.sheets.find((s) => s.name === NAME)!;
});

describe("summaryColumns", () => {
  it("gives an indicator with a numeric target two columns and any other one", () => {
    const columns = new Map(summaryColumns(sampleRules).map((c) => [c.indicator.code, c]));
    expect(columns.get("DV01")).toMatchObject({ target: null, actual: 5 });
    expect(columns.get("DV04")).toMatchObject({ target: 8, actual: 9 });
    expect(columns.get("DV05")).toMatchObject({ target: 10, actual: 11 });
    // CL01's target is Có for every unit: no column of its own.
    expect(columns.get("CL01")).toMatchObject({ target: null, actual: 12 });
    expect(columns.get("CB01")).toMatchObject({ target: 26, actual: 27 });
  });
});

describe("sheet Tổng hợp", () => {
  it("heads each indicator with its code and label, merged over Kế hoạch and Thực hiện", () => {
    expect(sheet.getCell("A3").value).toBe("STT");
    expect(sheet.getCell("A4").master.address).toBe("A3");
    expect(sheet.getCell("E3").value).toBe("DV01 – Tổng số CBCCVC, người lao động (người)");
    expect(sheet.getCell("E4").master.address).toBe("E3");
    expect(sheet.getCell("H3").value).toBe("DV04 – Đoàn viên kết nạp mới trong kỳ (người)");
    expect(sheet.getCell("I3").master.address).toBe("H3");
    expect(sheet.getCell("H4").value).toBe("Kế hoạch");
    expect(sheet.getCell("I4").value).toBe("Thực hiện");
    expect(sheet.getCell("AA4").value).toBe("Thực hiện");
  });

  it.each([
    // row, code, name, cluster, DV02, DV04 target, DV04 actual, DV05 target, DV05 actual, CL01
    [5, "CD01", INJECTIONS.CD01, "Cụm 1", 120, 10, 12, 2, 1, "Có"],
    [6, "CD02", INJECTIONS.CD02, "Cụm 1", 80, 5, 4, 2, 0, "Có"],
    [7, "CD06", "Công đoàn CD06", "Cụm 1", 25, 2, 2, 1, 6, "Có"],
    [8, "CD07", "Công đoàn CD07", "Cụm 1", 20, 1, 0, 0, 1, "Có"],
    [9, "CD09", "Công đoàn CD09", "Cụm 1", 40, 3, 5, 1, 1, "Có"],
    [10, "CD03", INJECTIONS.CD03, "Cụm 2", 60, 4, 4, 1, 2, "Không"],
    [11, "CD04", INJECTIONS.CD04, "Cụm 2", 45, 3, 3, 1, 1, "Có"],
    [12, "CD05", "Công đoàn CD05", "Cụm 2", 30, 2, 1, 0, 0, "Có"],
    [13, "CD08", "Công đoàn CD08", "Cụm 2", 15, 1, 1, 0, 0, "Có"],
    [14, "CD11", "Công đoàn CD11", null, 10, 1, 2, 1, 0, "Có"],
  ])(
    "writes row %i for %s, units grouped by cluster then those in none",
    (row, code, name, cluster, members, recruitTarget, recruited, lossTarget, lost, conference) => {
      const values = sheet.getRow(row);
      expect(values.getCell(1).value).toBe(row - 4);
      expect(values.getCell(2).value).toBe(code);
      expect(values.getCell(3).value).toBe(name);
      expect(values.getCell(4).value).toBe(cluster);
      expect(values.getCell(6).value).toBe(members);
      expect([8, 9, 10, 11].map((c) => values.getCell(c).value)).toEqual([
        recruitTarget,
        recruited,
        lossTarget,
        lost,
      ]);
      expect(values.getCell(12).value).toBe(conference);
      expect(values.getCell(14).value).toBe(10.5);
      // Nothing reported for DV01: an empty cell, not a zero.
      expect(values.getCell(5).value).toBeNull();
    },
  );

  it("leaves rejected and replaced files out of the unit rows", () => {
    const codes = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((r) => sheet.getCell(r, 2).value);
    expect(codes).not.toContain("CD10");
    expect(codes.filter((c) => c === "CD09")).toHaveLength(1);
    expect(sheet.getCell("C15").value).toBe("Toàn tỉnh");
  });

  it.each([
    ["E15", "SUM(E5:E14)", 0],
    ["F15", "SUM(F5:F14)", 445],
    ["H15", "SUM(H5:H14)", 32],
    ["I15", "SUM(I5:I14)", 34],
    ["J15", "SUM(J5:J14)", 9],
    ["K15", "SUM(K5:K14)", 12],
    ["L15", 'COUNTIF(L5:L14,"Có")', 9],
    ["N15", "SUM(N5:N14)", 105],
  ])("totals %s with the live formula %s, its value %d cached", (address, formula, value) => {
    expect(read(address)).toEqual({ t: "n", v: value, formula });
  });

  it.each([
    // More is better: actual ÷ target, 34 ÷ 32.
    ["I16", 'IF(OR(COUNT(I5:I14)=0,COUNT(H5:H14)=0,H15=0),"",I15/H15)', 1.0625],
    // Less is better flips: target ÷ actual, 9 ÷ 12, and an actual of 0 meets it in full.
    ["K16", 'IF(OR(COUNT(K5:K14)=0,COUNT(J5:J14)=0),"",IF(K15=0,1,J15/K15))', 0.75],
    // Yes/no with target Có: the share of units that answered Có, 9 of 10.
    ["L16", 'IF(COUNTA(L5:L14)=0,"",L15/COUNTA(L5:L14))', 0.9],
  ])("writes the attainment %s as %s, cached %d, shown as a percent", (address, formula, value) => {
    expect(read(address)).toEqual({ t: "n", v: value, formula });
    expect(sheet.getCell(address).numFmt).toBe("0%");
  });

  it("caches no rate as empty text where no target was given, and leaves indicators without one blank", () => {
    expect(read("S16")).toEqual({
      t: "s",
      v: "",
      formula: 'IF(OR(COUNT(S5:S14)=0,COUNT(R5:R14)=0,R15=0),"",S15/R15)',
    });
    expect(read("F16")).toBeUndefined();
    expect(read("H16")).toBeUndefined();
    expect(sheet.getCell("C16").value).toBe("Tỷ lệ đạt");
  });

  it.each([
    // row, number, cluster, units, DV02, DV04 target, DV04 actual, CL01 (units with Có)
    [20, 1, "Cụm 1", 5, 285, 21, 23, 5],
    [21, 2, "Cụm 2", 4, 150, 10, 9, 3],
  ])(
    "writes the subtotal of cluster row %i as values",
    (row, number, cluster, units, members, target, actual, yes) => {
      expect(sheet.getCell(18, 1).value).toBe("Tổng hợp theo cụm thi đua");
      expect(sheet.getCell(19, 4).value).toBe("Số CĐCS");
      const values = sheet.getRow(row);
      expect([1, 3, 4, 6, 8, 9, 12].map((c) => values.getCell(c).value)).toEqual([
        number,
        cluster,
        units,
        members,
        target,
        actual,
        yes,
      ]);
      expect(values.getCell(6).formula).toBeUndefined();
    },
  );

  it.each([
    ["F5", "#,##0"],
    ["N5", "#,##0.0"],
    ["F15", "#,##0"],
    ["N21", "#,##0.0"],
  ])("formats %s as %s", (address, format) => {
    expect(sheet.getCell(address).numFmt).toBe(format);
  });

  it("freezes the headers and the unit's identity, filters the unit rows and prints landscape", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 4 });
    expect(sheet.autoFilter).toBe("A4:AA14");
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      printTitlesRow: "3:4",
      printTitlesColumn: "A:C",
    });
  });

  it("fits the name column to the longest name and keeps the heading below from widening column A", () => {
    expect(sheet.getColumn(SUMMARY_LAYOUT.columns.name).width).toBe(INJECTIONS.CD01.length + 2);
    expect(sheet.getColumn(SUMMARY_LAYOUT.columns.no).width).toBe(6);
    // Indicator columns are wide enough to wrap their labels; the header row is tall enough.
    expect(sheet.getColumn(5).width).toBe(12);
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(4 * 15);
  });

  it("writes no formula over an empty range when no unit is included", async () => {
    const result = consolidate(
      {
        entries: [{ file: "broken.xlsx", unit: null, findings: [unreadable], replacedBy: null }],
        period: null,
      },
      sampleRules,
    );
    const empty = (await loadWorkbook(await writeResultWorkbook(result, sampleRules))).getWorksheet(
      NAME,
    )!;
    expect(empty.getCell("C5").value).toBe("Toàn tỉnh");
    expect(empty.getCell("F5").value).toBeNull();
    expect(empty.getCell("I6").value).toBeNull();
    expect(empty.getCell("A1").value).toBe(
      "TỔNG HỢP SỐ LIỆU BÁO CÁO CỦA CÁC CĐCS – kỳ báo cáo chưa xác định",
    );
  });
});
