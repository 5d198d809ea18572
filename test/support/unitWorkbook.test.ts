import type { Workbook, Worksheet } from "exceljs";
import { defaultRules } from "../../src/core/rules";
import { fromA1 } from "../../src/core/grid/address";
import { loadWorkbook } from "./readXlsx";
import {
  makeUnitWorkbook,
  otherPeriod,
  validUnitValues,
  type UnitDefect,
  type UnitLayout,
  type UnitWorkbookSpec,
} from "./unitWorkbook";

const SPEC: UnitWorkbookSpec = {
  unitCode: "CD001",
  unitName: "CĐCS Sở Tư pháp",
  period: "Năm 2024",
  cluster: "Cụm 1",
  founded: new Date(Date.UTC(2010, 4, 20)),
  values: validUnitValues(11),
};

async function build(extra: Partial<UnitWorkbookSpec> = {}) {
  const made = await makeUnitWorkbook({ ...SPEC, ...extra });
  return { ...made, workbook: await loadWorkbook(made.bytes) };
}

/** The value at "Sheet!A1". */
function at(workbook: Workbook, ref: string | undefined): unknown {
  const [sheetName, address] = (ref ?? "").split("!");
  const sheet = workbook.getWorksheet(sheetName ?? "");
  if (!sheet || !address) throw new Error(`no cell ${ref}`);
  return sheet.getCell(address).value;
}

function rowValues(sheet: Worksheet, row: number): unknown[] {
  const values: unknown[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell) => values.push(cell.value));
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

describe("makeUnitWorkbook: the form's own layout", () => {
  it("writes BaoCao and ChamDiem, in that order", async () => {
    const { workbook } = await build();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["BaoCao", "ChamDiem"]);
  });

  it("writes each header label with its value in the next cell to the right", async () => {
    const { workbook, cellOf } = await build();
    const report = workbook.getWorksheet("BaoCao")!;
    expect(rowValues(report, 3)).toEqual(["Mã đơn vị", "CD001"]);
    expect(rowValues(report, 4)).toEqual(["Tên công đoàn cơ sở", "CĐCS Sở Tư pháp"]);
    expect(rowValues(report, 5)).toEqual(["Kỳ báo cáo", "Năm 2024"]);
    expect(rowValues(report, 6)).toEqual(["Cụm thi đua", "Cụm 1"]);
    expect(rowValues(report, 7)).toEqual(["Ngày thành lập", new Date(Date.UTC(2010, 4, 20))]);
    expect(rowValues(report, 8)).toEqual(["Ngày báo cáo", new Date(Date.UTC(2024, 11, 15))]);
    expect(rowValues(report, 9)).toEqual(["Phiên bản mẫu", "CDVC-BC 1"]);
    expect(report.getCell("B8").numFmt).toBe("dd/mm/yyyy");
    expect(cellOf["field:Mã đơn vị"]).toBe("BaoCao!B3");
    expect(cellOf["field:Phiên bản mẫu"]).toBe("BaoCao!B9");
  });

  it("writes every indicator's code and figures where cellOf says", async () => {
    const { workbook, cellOf } = await build();
    for (const indicator of defaultRules.indicators) {
      const figures = SPEC.values!.indicators[indicator.code]!;
      expect(at(workbook, cellOf[`code:${indicator.code}`])).toBe(indicator.code);
      const actual =
        typeof figures.actual === "boolean" ? (figures.actual ? "Có" : "Không") : figures.actual;
      expect(at(workbook, cellOf[`actual:${indicator.code}`])).toBe(actual);
      if (figures.target !== undefined)
        expect(at(workbook, cellOf[`target:${indicator.code}`])).toBe(figures.target);
    }
  });

  it("writes section title rows with no code, and the header row in the form's order", async () => {
    const { workbook } = await build();
    const report = workbook.getWorksheet("BaoCao")!;
    expect(rowValues(report, 11)).toEqual([
      "STT",
      "Mã số",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch",
      "Thực hiện",
      "Ghi chú",
    ]);
    expect(rowValues(report, 12)).toEqual([null, null, "I. ĐOÀN VIÊN VÀ NGƯỜI LAO ĐỘNG"]);
    expect(report.getCell("B13").value).toBe("DV01");
  });

  it("writes every criterion's self score and a total row that agrees with them", async () => {
    const { workbook, cellOf } = await build();
    let sum = 0;
    for (const criterion of defaultRules.criteria) {
      const self = SPEC.values!.scores[criterion.code]!.self as number;
      expect(at(workbook, cellOf[`self:${criterion.code}`])).toBe(self);
      sum += self;
    }
    expect(cellOf["total:self"]).toBe("ChamDiem!D11");
    expect(at(workbook, cellOf["total:self"])).toEqual({ formula: "SUM(D4:D10)", result: sum });
    expect(workbook.getWorksheet("ChamDiem")!.getCell("B11").value).toBe("Tổng cộng");
  });

  it("merges the titles across the table", async () => {
    const { workbook } = await build();
    expect(workbook.getWorksheet("BaoCao")!.getCell("G1").master.address).toBe("A1");
    expect(workbook.getWorksheet("ChamDiem")!.getCell("F1").master.address).toBe("A1");
  });
});

describe("makeUnitWorkbook: layout variations", () => {
  it.each<[string, UnitLayout, (wb: Workbook, cellOf: Readonly<Record<string, string>>) => void]>([
    [
      "shifts everything by columns and rows",
      { columnOffset: 2, rowOffset: 3 },
      (wb, cellOf) => {
        const report = wb.getWorksheet("BaoCao")!;
        expect(report.getCell("C4").value).toBe("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ");
        expect(report.getCell("C6").value).toBe("Mã đơn vị");
        expect(cellOf["field:Mã đơn vị"]).toBe("BaoCao!D6");
        expect(cellOf["code:DV01"]).toBe("BaoCao!D16");
        expect(cellOf["self:TC1"]).toBe("ChamDiem!F7");
      },
    ],
    [
      "reverses the columns of both tables",
      { reversedColumns: true },
      (wb, cellOf) => {
        expect(rowValues(wb.getWorksheet("BaoCao")!, 11)).toEqual([
          "Ghi chú",
          "Thực hiện",
          "Kế hoạch",
          "Đơn vị tính",
          "Chỉ tiêu",
          "Mã số",
          "STT",
        ]);
        expect(rowValues(wb.getWorksheet("ChamDiem")!, 3)).toEqual([
          "Ghi chú",
          "Thẩm định",
          "Tự chấm",
          "Điểm chuẩn",
          "Tiêu chí",
          "Mã số",
        ]);
        expect(cellOf["actual:DV01"]).toBe("BaoCao!B13");
      },
    ],
    [
      "writes labels without diacritics",
      { labels: "plain" },
      (wb) => {
        expect(wb.getWorksheet("BaoCao")!.getCell("A3").value).toBe("Ma don vi");
        expect(wb.getWorksheet("ChamDiem")!.getCell("B11").value).toBe("Tong cong");
      },
    ],
    [
      "writes labels in capitals",
      { labels: "capitals" },
      (wb) => {
        expect(wb.getWorksheet("BaoCao")!.getCell("A4").value).toBe("TÊN CÔNG ĐOÀN CƠ SỞ");
        expect(wb.getWorksheet("BaoCao")!.getCell("F11").value).toBe("THỰC HIỆN");
      },
    ],
    [
      "writes labels in capitals without diacritics",
      { labels: "plain-capitals" },
      (wb) => expect(wb.getWorksheet("BaoCao")!.getCell("B11").value).toBe("MA SO"),
    ],
    [
      "writes 'Label:' with an empty cell before the value",
      { colonGap: true },
      (wb, cellOf) => {
        expect(rowValues(wb.getWorksheet("BaoCao")!, 3)).toEqual(["Mã đơn vị:", null, "CD001"]);
        expect(cellOf["field:Mã đơn vị"]).toBe("BaoCao!C3");
      },
    ],
    [
      "writes dates as day-first text",
      { dates: "text" },
      (wb, cellOf) => {
        expect(at(wb, cellOf["field:Ngày báo cáo"])).toBe("15/12/2024");
        expect(at(wb, cellOf["field:Ngày thành lập"])).toBe("20/05/2010");
      },
    ],
    [
      "puts ChamDiem before BaoCao",
      { reversedSheets: true },
      (wb) => expect(wb.worksheets.map((s) => s.name)).toEqual(["ChamDiem", "BaoCao"]),
    ],
    [
      "adds extra sheets before the form's",
      { extraSheets: ["Sheet1", "GhiChu"] },
      (wb) =>
        expect(wb.worksheets.map((s) => s.name)).toEqual([
          "Sheet1",
          "GhiChu",
          "BaoCao",
          "ChamDiem",
        ]),
    ],
    [
      "leaves out section rows",
      { sections: false },
      (wb, cellOf) => {
        expect(cellOf["code:DV01"]).toBe("BaoCao!B12");
        expect(cellOf["code:CB01"]).toBe("BaoCao!B29");
      },
    ],
    [
      "leaves titles unmerged",
      { mergedTitle: false },
      (wb) => expect(wb.getWorksheet("BaoCao")!.getCell("B1").isMerged).toBe(false),
    ],
    [
      "leaves out the total row",
      { totalRow: false },
      (wb, cellOf) => {
        expect(cellOf["total:self"]).toBeUndefined();
        expect(rowValues(wb.getWorksheet("ChamDiem")!, 11)).toEqual([]);
      },
    ],
  ])("%s", async (_name, layout, check) => {
    const { workbook, cellOf } = await build({ layout });
    check(workbook, cellOf);
  });

  it("writes figures as Vietnamese text: thousands with dots, decimals with a comma, tỷ", async () => {
    const values = {
      indicators: {
        DV01: { actual: 2686 },
        CL03: { actual: 216.8 },
        CL06: { actual: 1600 },
        CL01: { actual: true },
      },
      scores: { TC1: { self: 12.5 } },
    };
    const { workbook, cellOf } = await build({ values, layout: { numbers: "text" } });
    expect(at(workbook, cellOf["actual:DV01"])).toBe("2.686");
    expect(at(workbook, cellOf["actual:CL03"])).toBe("216,8");
    expect(at(workbook, cellOf["actual:CL06"])).toBe("1,6 tỷ");
    expect(at(workbook, cellOf["actual:CL01"])).toBe("Có");
    expect(at(workbook, cellOf["self:TC1"])).toBe("12,5");
  });

  it("leaves out the form version when told", async () => {
    const { cellOf } = await build({ formVersion: null });
    expect(cellOf["field:Phiên bản mẫu"]).toBeUndefined();
  });
});

describe("makeUnitWorkbook: seeded defects land where they say", () => {
  const values = SPEC.values!;
  const actual = (code: string) => values.indicators[code]!.actual as number;
  it.each<[UnitDefect, string, unknown]>([
    ["not-a-number", "BaoCao!F20", "khoảng 20"],
    ["women-over-members", "BaoCao!F15", actual("DV02") + 7],
    ["members-over-employees", "BaoCao!F14", actual("DV01") + 3],
    ["ref-error", "BaoCao!F28", { formula: "#REF!*2", result: { error: "#REF!" } }],
    ["formula-without-value", "BaoCao!F22", { formula: "SUM(1,2)" }],
    ["negative-count", "BaoCao!F17", -3],
    ["fraction-of-person", "BaoCao!F16", 2.5],
    ["score-over-max", "ChamDiem!D5", 25],
    ["wrong-period", "BaoCao!B5", "Năm 2023"],
    ["formula-like-name", "BaoCao!B4", '=HYPERLINK("http://example.com","CĐCS Sở Tư pháp")'],
    ["duplicate-code", "BaoCao!B33", "XD02"],
  ])("%s at %s", async (defect, ref, content) => {
    const { workbook, cells } = await build({ defects: [defect] });
    expect(cells).toEqual({ [defect]: ref });
    expect(at(workbook, ref)).toEqual(content);
  });

  it("keeps the duplicated row's first copy in place", async () => {
    const { workbook, cellOf } = await build({ defects: ["duplicate-code"] });
    expect(cellOf["code:XD02"]).toBe("BaoCao!B32");
    expect(at(workbook, "BaoCao!B35")).toBe("CB01");
  });

  it("drops the last criterion, which then has no cell, and totals the rest", async () => {
    const { workbook, cells, cellOf } = await build({ defects: ["missing-criterion"] });
    expect(cells).toEqual({ "missing-criterion": "ChamDiem" });
    expect(cellOf["self:TC7"]).toBeUndefined();
    expect(at(workbook, "ChamDiem!B10")).toBe("Tổng cộng");
    expect((at(workbook, "ChamDiem!C10") as { formula: string }).formula).toBe("SUM(C4:C9)");
  });

  it("seeds several defects at once, each on its own cell", async () => {
    const all: UnitDefect[] = [
      "not-a-number",
      "women-over-members",
      "score-over-max",
      "wrong-period",
    ];
    const { cells } = await build({ defects: all });
    expect(Object.keys(cells).sort()).toEqual([...all].sort());
    expect(new Set(Object.values(cells)).size).toBe(all.length);
  });

  it("finds the defect cells after a shifted, reversed layout too", async () => {
    const { workbook, cells } = await build({
      defects: ["not-a-number", "score-over-max"],
      layout: { columnOffset: 1, rowOffset: 2, reversedColumns: true },
    });
    expect(at(workbook, cells["not-a-number"])).toBe("khoảng 20");
    expect(at(workbook, cells["score-over-max"])).toBe(25);
    expect(fromA1(cells["not-a-number"]!.split("!")[1]!)).toEqual({ row: 21, col: 2 });
  });
});

describe("otherPeriod", () => {
  it.each([
    ["Năm 2024", "Năm 2023"],
    ["6 tháng đầu năm 2021", "6 tháng đầu năm 2020"],
    ["Nhiệm kỳ 2023-2028", "Nhiệm kỳ 2022-2027"],
    ["kỳ này", "Năm 2000"],
  ])("moves %s to %s", (period, other) => {
    expect(otherPeriod(period)).toBe(other);
  });
});

describe("makeUnitWorkbook: the optional proposals sheet", () => {
  const proposals = [
    {
      name: "Nguyễn Thị Lan",
      subject: "Cá nhân",
      position: "Kế toán",
      award: "GK CĐVC",
      kind: "Chuyên đề",
      achievement: "Công tác nữ công",
    },
    { name: "Phòng Tổ chức", subject: "Tập thể", award: "Cờ thi đua", kind: "Thường xuyên" },
  ];

  it("adds DeNghiKhenThuong after ChamDiem only when proposals are given", async () => {
    expect((await build({ proposals })).workbook.worksheets.map((s) => s.name)).toEqual([
      "BaoCao",
      "ChamDiem",
      "DeNghiKhenThuong",
    ]);
    expect((await build({ proposals: [] })).workbook.worksheets.map((s) => s.name)).toEqual([
      "BaoCao",
      "ChamDiem",
      "DeNghiKhenThuong",
    ]);
  });

  it("writes the header and each proposal numbered, blanks left blank, and says where", async () => {
    const { workbook, cellOf } = await build({ proposals });
    const sheet = workbook.getWorksheet("DeNghiKhenThuong")!;
    expect(rowValues(sheet, 3)).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Đối tượng",
      "Chức vụ, đơn vị công tác",
      "Hình thức đề nghị",
      "Loại",
      "Thành tích",
    ]);
    expect(rowValues(sheet, 4)).toEqual([
      1,
      "Nguyễn Thị Lan",
      "Cá nhân",
      "Kế toán",
      "GK CĐVC",
      "Chuyên đề",
      "Công tác nữ công",
    ]);
    expect(rowValues(sheet, 5)).toEqual([
      2,
      "Phòng Tổ chức",
      "Tập thể",
      null,
      "Cờ thi đua",
      "Thường xuyên",
    ]);
    expect(cellOf["proposal:1:award"]).toBe("DeNghiKhenThuong!E4");
    expect(cellOf["proposal:2:achievement"]).toBe("DeNghiKhenThuong!G5");
  });

  it("follows the layout: offsets, reversed columns, plain capitals", async () => {
    const { workbook, cellOf } = await build({
      proposals,
      layout: { columnOffset: 1, rowOffset: 2, reversedColumns: true, labels: "plain-capitals" },
    });
    const sheet = workbook.getWorksheet("DeNghiKhenThuong")!;
    expect(sheet.getCell("H5").value).toBe("STT");
    expect(sheet.getCell("B5").value).toBe("THANH TICH");
    expect(cellOf["proposal:1:name"]).toBe("DeNghiKhenThuong!G6");
    expect(at(workbook, cellOf["proposal:1:name"])).toBe("Nguyễn Thị Lan");
  });
});
