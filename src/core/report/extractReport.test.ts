import {
  codesAndCells,
  formula,
  reportWorkbook,
  renamed,
  sheet,
  shifted,
  withCells,
  withoutSheet,
  withRows,
  workbook,
} from "../../../test/support/grid";
import { extractReport } from "./extractReport";

const FILE = "cd001.xlsx";

describe("extractReport", () => {
  it("finds every field, indicator and criterion of a complete form, with no finding", () => {
    const { report, findings } = extractReport(reportWorkbook(), FILE);
    expect(findings).toEqual([]);
    expect(report.sheets).toEqual({ report: "BaoCao", score: "ChamDiem", proposals: null });
    expect(report.fields.unitCode?.value).toEqual({
      sheet: "BaoCao",
      address: "C3",
      cell: { t: "s", v: "CD001" },
    });
    expect(report.fields.reportDate?.label.address).toBe("A8");
    expect(report.indicators?.headerRow).toBe(10);
    expect(report.indicators?.columns).toEqual({
      stt: "A",
      code: "B",
      label: "C",
      unit: "D",
      target: "E",
      actual: "F",
      note: "G",
    });
    expect(report.indicators?.rows.map((r) => r.code)).toEqual([
      "DV01",
      "DV02",
      "DV03",
      "DV04",
      "DV05",
      "CL01",
      "CL02",
      "CL03",
      "CL04",
      "CL05",
      "CL06",
      "TD01",
      "TD02",
      "TD03",
      "TD04",
      "XD01",
      "XD02",
      "CB01",
    ]);
    const dv04 = report.indicators?.rows.find((r) => r.code === "DV04");
    expect(dv04?.row).toBe(15);
    expect(dv04?.cells.actual).toEqual({
      sheet: "BaoCao",
      address: "F15",
      cell: { t: "n", v: 12 },
    });
    expect(report.criteria?.rows.map((r) => [r.code, r.cells.self.address])).toEqual([
      ["TC1", "D4"],
      ["TC2", "D5"],
      ["TC3", "D6"],
      ["TC4", "D7"],
      ["TC5", "D8"],
      ["TC6", "D9"],
      ["TC7", "D10"],
    ]);
    expect(report.criteria?.total?.row).toBe(11);
    expect(report.criteria?.total?.cells.self.cell).toEqual({ t: "n", v: 92 });
    expect(report.proposals).toBeNull();
  });

  it("follows the form when rows and columns are inserted before it", () => {
    const grid = reportWorkbook();
    const moved = workbook(...grid.sheets.map((s) => shifted(s, 3, 2)));
    const { report, findings } = extractReport(moved, FILE);
    expect(findings).toEqual([]);
    expect(report.fields.unitName?.value?.address).toBe("E7");
    expect(report.indicators?.rows.find((r) => r.code === "DV03")?.cells.actual.address).toBe(
      "H17",
    );
    expect(report.criteria?.total?.cells.self.address).toBe("F14");
  });

  it("reads labels without diacritics, in capitals, with a colon and a gap before the value", () => {
    const grid = workbook(
      sheet("BAO CAO", [
        ["MA DON VI:", null, null, "  ", "CD009"],
        ["ten cong doan co so :", "CĐCS Trường THPT Lê Lợi"],
        ["KỲ BÁO CÁO", null, "6 tháng đầu năm 2021"],
        ["Ngay bao cao", "08/01/2021"],
        ["Phiên bản mẫu:", "CDVC-BC 1"],
        ["stt", "MÃ SỐ", "chi tieu", "DON VI TINH", "Kế hoạch:", "THỰC HIỆN", "ghi chu"],
        [1, "dv01 ", "Tổng số", "người", null, 50],
      ]),
      sheet("Cham diem", [
        ["MA SO", "TIEU CHI", "DIEM CHUAN", "TU CHAM", "THAM DINH", "GHI CHU"],
        ["tc1", "Hội nghị", 15, 14],
        [null, "TỔNG CỘNG:", 15, 14],
      ]),
    );
    const { report, findings } = extractReport(grid, FILE);
    expect(findings).toEqual([]);
    expect(report.sheets).toEqual({ report: "BAO CAO", score: "Cham diem", proposals: null });
    expect(report.fields.unitCode?.value?.address).toBe("E1");
    expect(report.fields.unitName?.value?.address).toBe("B2");
    expect(report.indicators?.rows.map((r) => [r.code, r.cells.actual.address])).toEqual([
      ["DV01", "F7"],
    ]);
    expect(report.criteria?.rows.map((r) => r.code)).toEqual(["TC1"]);
    expect(report.criteria?.total?.row).toBe(3);
  });

  it("reads the table with its columns in reverse order", () => {
    const grid = workbook(
      sheet("BaoCao", [
        ["Ghi chú", "Thực hiện", "Kế hoạch", "Đơn vị tính", "Chỉ tiêu", "Mã số", "STT"],
        [null, 120, null, "người", "Tổng số CBCCVC", "DV01", 1],
      ]),
      sheet("ChamDiem", [["Ghi chú", "Thẩm định", "Tự chấm", "Điểm chuẩn", "Tiêu chí", "Mã số"]]),
    );
    const { report } = extractReport(grid, FILE);
    const dv01 = report.indicators?.rows[0];
    expect(dv01?.code).toBe("DV01");
    expect(dv01?.cells.actual).toEqual({
      sheet: "BaoCao",
      address: "B2",
      cell: { t: "n", v: 120 },
    });
    expect(report.criteria?.columns).toEqual({
      code: "F",
      label: "E",
      maxPoints: "D",
      self: "C",
      appraised: "B",
      note: "A",
    });
  });

  it("skips section titles and rows without a code, and keeps repeated codes", () => {
    const grid = withRows(reportWorkbook(), "BaoCao", [
      [],
      [null, null, "Ghi chú thêm của đơn vị"],
      [19, "dv01", "Lặp lại", "người", null, 5],
    ]);
    const rows = extractReport(grid, FILE).report.indicators?.rows ?? [];
    expect(rows).toHaveLength(19);
    expect(rows.filter((r) => r.code === "DV01").map((r) => r.row)).toEqual([12, 36]);
  });

  it("ignores extra sheets and reads the optional proposals sheet", () => {
    const grid = workbook(
      sheet("Hướng dẫn", [["Mã số", "Tiêu chí"]]),
      ...reportWorkbook().sheets,
      sheet("De nghi khen thuong", [
        ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
        [
          "STT",
          "Họ và tên/Tên tập thể",
          "Đối tượng",
          "Chức vụ, đơn vị công tác",
          "Hình thức đề nghị",
          "Loại",
          "Thành tích",
        ],
        [
          1,
          "Nguyễn Văn A",
          "Cá nhân",
          "Chủ tịch CĐCS",
          "Giấy khen",
          "Thường xuyên",
          "Hoàn thành xuất sắc",
        ],
        [2],
        [
          3,
          "Công đoàn Sở Y tế",
          "Tập thể",
          null,
          "Bằng khen LĐLĐ",
          "Chuyên đề",
          "Công tác nữ công",
        ],
      ]),
    );
    const { report, findings } = extractReport(grid, FILE);
    expect(findings).toEqual([]);
    expect(report.sheets.proposals).toBe("De nghi khen thuong");
    expect(
      report.proposals?.rows.map((r) => [r.row, r.cells.name.address, r.cells.award.cell]),
    ).toEqual([
      [3, "B3", { t: "s", v: "Giấy khen" }],
      [5, "B5", { t: "s", v: "Bằng khen LĐLĐ" }],
    ]);
  });

  it.each([
    ["BaoCao", "BaoCao"],
    ["ChamDiem", "ChamDiem"],
  ])("reports a missing %s sheet with no sheet and no cell", (name) => {
    const { report, findings } = extractReport(withoutSheet(reportWorkbook(), name), FILE);
    expect(findings.map((f) => [f.code, f.sheet, f.cell, f.params?.name])).toEqual([
      ["form.sheet-missing", null, null, name],
    ]);
    expect(findings[0]?.message).toBe(`Tệp cd001.xlsx: không có trang ${name}.`);
    expect(name === "BaoCao" ? report.indicators : report.criteria).toBeNull();
  });

  it("finds a sheet whose name differs in case, diacritics and spaces", () => {
    const { report, findings } = extractReport(
      renamed(reportWorkbook(), "BaoCao", "Báo Cáo"),
      FILE,
    );
    expect(findings).toEqual([]);
    expect(report.sheets.report).toBe("Báo Cáo");
    expect(report.fields.unitCode?.value).toMatchObject({ sheet: "Báo Cáo", address: "C3" });
  });

  it("names the columns missing from the table header", () => {
    const grid = withCells(reportWorkbook(), "BaoCao", { E10: "Chỉ tiêu giao", G10: null });
    const { report, findings } = extractReport(grid, FILE);
    expect(codesAndCells(findings)).toEqual([["form.table-header-missing", null]]);
    expect(findings[0]?.sheet).toBe("BaoCao");
    expect(findings[0]?.params?.columns).toBe("Kế hoạch, Ghi chú");
    expect(findings[0]?.message).toBe(
      "Trang BaoCao: không tìm thấy dòng tiêu đề của bảng (thiếu cột Kế hoạch, Ghi chú).",
    );
    expect(report.indicators).toBeNull();
  });

  it("reports a broken proposals table as a warning only", () => {
    const grid = workbook(
      ...reportWorkbook().sheets,
      sheet("DeNghiKhenThuong", [["STT", "Họ và tên"]]),
    );
    const { report, findings } = extractReport(grid, FILE);
    expect(findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ["form.table-header-missing", "warning", "DeNghiKhenThuong"],
    ]);
    expect(report.proposals).toBeNull();
  });

  it.each([
    ["Mã đơn vị", "A3"],
    ["Tên công đoàn cơ sở", "A4"],
    ["Kỳ báo cáo", "A5"],
    ["Ngày báo cáo", "A8"],
  ])("reports the required field %s missing when its label is gone", (label, labelCell) => {
    const grid = withCells(reportWorkbook(), "BaoCao", { [labelCell]: "Khác" });
    const { findings } = extractReport(grid, FILE);
    expect(findings.map((f) => [f.code, f.sheet, f.cell, f.params?.label])).toEqual([
      ["form.field-missing", "BaoCao", null, label],
    ]);
  });

  it("does not require the optional cluster and founding date", () => {
    const grid = withCells(reportWorkbook(), "BaoCao", { A6: null, C6: null, A7: null, C7: null });
    const { report, findings } = extractReport(grid, FILE);
    expect(findings).toEqual([]);
    expect(report.fields.cluster).toBeUndefined();
    expect(report.fields.founded).toBeUndefined();
  });

  it("keeps a field whose value is missing, with a null value", () => {
    const { report } = extractReport(withCells(reportWorkbook(), "BaoCao", { C3: "   " }), FILE);
    expect(report.fields.unitCode).toEqual({
      label: { sheet: "BaoCao", address: "A3", cell: { t: "s", v: "Mã đơn vị" } },
      value: null,
    });
  });

  it.each([
    ["another version, at its value cell", { C2: "CDVC-BC 0" }, [["form.version", "C2"]]],
    ["no value, at the label cell", { C2: null }, [["form.version-missing", "A2"]]],
    ["no label, with no cell", { A2: null, C2: null }, [["form.version-missing", null]]],
    ["the version in other case and spacing", { C2: " cdvc-bc  1 " }, []],
  ])("warns about the form version: %s", (_name, cells, expected) => {
    const { findings } = extractReport(withCells(reportWorkbook(), "BaoCao", cells), FILE);
    expect(codesAndCells(findings)).toEqual(expected);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  it("takes the total row from any cell reading Tổng cộng, and never as a criterion", () => {
    const grid = withCells(reportWorkbook(), "ChamDiem", {
      A11: "x",
      B11: null,
      F11: "Tổng cộng",
      E11: formula("SUM(E4:E10)", 0),
    });
    const criteria = extractReport(grid, FILE).report.criteria;
    expect(criteria?.rows.map((r) => r.code)).not.toContain("X");
    expect(criteria?.total?.cells.appraised).toEqual({
      sheet: "ChamDiem",
      address: "E11",
      cell: { t: "n", v: 0, formula: "SUM(E4:E10)" },
    });
  });

  it("writes its findings in English when asked", () => {
    const { findings } = extractReport(withoutSheet(reportWorkbook(), "ChamDiem"), FILE, "en");
    expect(findings[0]?.message).toBe("File cd001.xlsx: there is no sheet ChamDiem.");
  });
});
