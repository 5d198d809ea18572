import type { Worksheet } from "exceljs";
import type { ConsolidationResult } from "../../core/consolidation";
import { CLASSIFICATION_LAYOUT } from "./classificationSheet";
import { INJECTIONS, writeSample } from "./testSupport";

let sheet: Worksheet;
let result: ConsolidationResult;

beforeAll(async () => {
  const sample = await writeSample();
  sheet = sample.workbook.getWorksheet("Xếp loại")!;
  result = sample.result;
});

describe("sheet Xếp loại", () => {
  it("heads the ranked list on row 3", () => {
    expect(sheet.getRow(CLASSIFICATION_LAYOUT.headerRow).values).toEqual([
      undefined,
      "Hạng",
      "Hạng trong cụm",
      "Mã đơn vị",
      "Tên công đoàn cơ sở",
      "Cụm thi đua",
      "Điểm",
      "Mã xếp loại",
      "Xếp loại",
      "Lý do",
    ]);
  });

  it.each([
    // row, rank, cluster rank, code, name, score, class, label, what the reason says
    [
      4,
      1,
      1,
      "CD01",
      INJECTIONS.CD01,
      96,
      "HTXS",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Điểm 96,00 ≥ 90",
    ],
    [5, 2, 1, "CD03", INJECTIONS.CD03, 94, "HT", "Hoàn thành nhiệm vụ", "(CL01): tối đa HT"],
    [6, 3, 2, "CD02", INJECTIONS.CD02, 92, "HTT", "Hoàn thành tốt nhiệm vụ", "hạ xuống HTT"],
    [7, 4, 2, "CD04", INJECTIONS.CD04, 91, "HTT", "Hoàn thành tốt nhiệm vụ", "hạ xuống HTT"],
    [8, 6, 4, "CD05", "Công đoàn CD05", 85, "HTT", "Hoàn thành tốt nhiệm vụ", "Điểm 85,00 ≥ 70"],
    [9, 7, 3, "CD06", "Công đoàn CD06", 78, "HTT", "Hoàn thành tốt nhiệm vụ", "Điểm 78,00 ≥ 70"],
    [10, 8, 4, "CD09", "Công đoàn CD09", 75, "HTT", "Hoàn thành tốt nhiệm vụ", "Điểm 75,00 ≥ 70"],
    [
      11,
      9,
      null,
      "CD11",
      "Công đoàn CD11",
      72,
      "HTT",
      "Hoàn thành tốt nhiệm vụ",
      "Điểm 72,00 ≥ 70",
    ],
    [
      12,
      10,
      5,
      "CD07",
      "Công đoàn CD07",
      45,
      "KHT",
      "Không hoàn thành nhiệm vụ",
      "Điểm 45,00 < 50",
    ],
    // CXL after the classified units, though its rank (5) is higher.
    [
      13,
      5,
      3,
      "CD08",
      "Công đoàn CD08",
      88,
      "CXL",
      "Chưa xếp loại (không đủ thời gian phân loại)",
      "chưa đủ 6 tháng",
    ],
  ])(
    "writes row %i: rank %s, cluster rank %s, %s with its class and reason",
    (row, rank, clusterRank, code, name, score, classCode, label, reasonPart) => {
      const { columns } = CLASSIFICATION_LAYOUT;
      const r = sheet.getRow(row);
      expect(r.getCell(columns.rank).value).toBe(rank);
      expect(r.getCell(columns.clusterRank).value).toBe(clusterRank);
      expect(r.getCell(columns.code).value).toBe(code);
      expect(r.getCell(columns.name).value).toBe(name);
      expect(r.getCell(columns.score).value).toBe(score);
      expect(r.getCell(columns.score).numFmt).toBe("0.00");
      expect(r.getCell(columns.classCode).value).toBe(classCode);
      expect(r.getCell(columns.classLabel).value).toBe(label);
      const reason = result.units.find((u) => u.code === code && u.status === "included")!.reason;
      expect(r.getCell(columns.reason).value).toBe(reason);
      expect(reason).toContain(reasonPart);
    },
  );

  it("lists neither rejected nor replaced files", () => {
    const codes: unknown[] = [];
    for (let row = 4; row <= 13; row++) codes.push(sheet.getCell(row, 3).value);
    expect(codes).not.toContain("CD10");
    expect(codes.filter((c) => c === "CD09")).toHaveLength(1);
    expect(sheet.getCell(14, 3).value).toBeNull();
  });

  it.each([
    [16, "Cụm thi đua", ["HTXS", "HTT", "HT", "KHT", "CXL", "Tổng số"]],
    [17, "Cụm 1", [1, 3, 0, 1, 0, 5]],
    [18, "Cụm 2", [0, 2, 1, 0, 1, 4]],
    [19, "Không thuộc cụm", [0, 1, 0, 0, 0, 1]],
    [20, "Toàn tỉnh", [1, 6, 1, 1, 1, 10]],
  ])("counts units by cluster and class on row %i (%s)", (row, label, counts) => {
    expect(sheet.getCell(15, 1).value).toBe("Số CĐCS theo cụm thi đua và xếp loại");
    expect(sheet.getCell(row, 1).value).toBe(label);
    expect(sheet.getCell(row, 4).master.address).toBe(`A${row}`);
    const values = [5, 6, 7, 8, 9, 10].map((c) => sheet.getCell(row, c).value);
    expect(values).toEqual(counts);
  });

  it("states the quota's limit and the units it moved down", () => {
    expect(sheet.getCell("A22").value).toBe(
      "Giới hạn HTXS: 1 CĐCS (20% của 7 CĐCS HTXS, HTT); trước khi áp dụng giới hạn có 3 CĐCS HTXS.",
    );
    expect(sheet.getCell("A23").value).toBe(
      `Hạ loại do vượt giới hạn: CD02 (${INJECTIONS.CD02}) xuống HTT; CD04 (${INJECTIONS.CD04}) xuống HTT.`,
    );
  });

  it("freezes and filters the ranked list only, and prints landscape", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.autoFilter).toBe("A3:I13");
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "3:3" });
    // The quota lines spill over; they do not widen the rank column.
    expect(sheet.getColumn(1).width).toBe(6);
  });
});
