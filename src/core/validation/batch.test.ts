import { makeFinding } from "../findings/makeFinding";
import { defaultRules } from "../rules";
import { day, reportWorkbook, withCells, withProposals } from "../../../test/support/grid";
import { validateBatch, type BatchEntry } from "./batch";
import { validateWorkbook } from "./validateWorkbook";

type UnitOptions = Parameters<typeof reportWorkbook>[0];

function entry(file: string, unit: UnitOptions = {}): BatchEntry {
  return { file, result: validateWorkbook(reportWorkbook(unit), file, defaultRules) };
}

function unreadable(file: string): BatchEntry {
  return {
    file,
    result: { findings: [makeFinding("file.unreadable", { file }, { reason: "zip" })] },
  };
}

const summary = (files: ReturnType<typeof validateBatch>["files"]) =>
  files.map((f) => [f.file, f.status, f.findings.map((x) => [x.code, x.sheet, x.cell])]);

describe("validateBatch: the expected period", () => {
  it.each<[string, UnitOptions[], { period?: string }, string | null]>([
    [
      "the period most files declare",
      [{ period: "Năm 2024" }, { period: "Năm 2023" }, { period: "nam 2024" }],
      {},
      "Năm 2024",
    ],
    ["the latest one on a tie", [{ period: "Năm 2023" }, { period: "Năm 2024" }], {}, "Năm 2024"],
    [
      "the latest half on a tie",
      [{ period: "6 tháng cuối năm 2024" }, { period: "6 tháng đầu năm 2024" }],
      {},
      "6 tháng cuối năm 2024",
    ],
    [
      "the option over the majority",
      [{ period: "Năm 2024" }, { period: "Năm 2024" }],
      { period: "Năm 2023" },
      "Năm 2023",
    ],
    ["none when no file has a readable period", [{ period: "Năm học 2024" }], {}, null],
  ])("is %s", (_name, units, options, expected) => {
    const batch = validateBatch(
      units.map((u, i) => entry(`f${i}.xlsx`, { code: `CD00${i}`, ...u })),
      defaultRules,
      options,
    );
    expect(batch.expectedPeriod).toBe(expected);
    expect(batch.findings).toEqual([]);
  });

  it("is the rules' period unless an option overrides it", () => {
    const rules = { ...defaultRules, period: "Năm 2023" };
    expect(validateBatch([entry("a.xlsx")], rules).expectedPeriod).toBe("Năm 2023");
    expect(validateBatch([entry("a.xlsx")], rules, { period: "Năm 2024" }).expectedPeriod).toBe(
      "Năm 2024",
    );
  });

  it("reports an unreadable period option and falls back to the majority", () => {
    const batch = validateBatch([entry("a.xlsx")], defaultRules, { period: "năm ngoái" });
    expect(batch.expectedPeriod).toBe("Năm 2024");
    expect(batch.findings.map((f) => [f.code, f.params?.text])).toEqual([
      ["batch.period-invalid", "năm ngoái"],
    ]);
  });

  it("reports a file of another period as an error at its Kỳ báo cáo, naming both periods", () => {
    const batch = validateBatch(
      [
        entry("a.xlsx", { code: "CD001" }),
        entry("b.xlsx", { code: "CD002" }),
        entry("c.xlsx", { code: "CD003", period: "Năm 2023" }),
      ],
      defaultRules,
    );
    expect(summary(batch.files)).toEqual([
      ["a.xlsx", "ok", []],
      ["b.xlsx", "ok", []],
      ["c.xlsx", "errors", [["period.mismatch", "BaoCao", "C5"]]],
    ]);
    expect(batch.files[2]?.findings[0]?.message).toBe(
      "Ô C5 trang BaoCao: kỳ báo cáo là 'Năm 2023', không phải kỳ đang tổng hợp 'Năm 2024'.",
    );
    expect(batch.files.map((f) => f.included)).toEqual([true, true, false]);
  });
});

describe("validateBatch: the deadline", () => {
  it("warns about a report dated after the deadline, at its Ngày báo cáo", () => {
    const batch = validateBatch(
      [
        entry("a.xlsx", { code: "CD001", reportDate: day(2024, 12, 15) }),
        entry("b.xlsx", { code: "CD002", reportDate: day(2024, 12, 16) }),
      ],
      defaultRules,
      { deadline: "15/12/2024" },
    );
    expect(summary(batch.files)).toEqual([
      ["a.xlsx", "ok", []],
      ["b.xlsx", "warnings", [["report.late", "BaoCao", "C8"]]],
    ]);
    expect(batch.files[1]?.findings[0]?.message).toBe(
      "Ô C8 trang BaoCao: ngày báo cáo 16/12/2024 sau hạn nộp 15/12/2024.",
    );
    expect(batch.files[1]?.included).toBe(true);
  });

  it("takes the rules' deadline, and reports an unreadable one", () => {
    const late = [entry("a.xlsx", { reportDate: "20/12/2024" })];
    expect(summary(validateBatch(late, { ...defaultRules, deadline: "15/12/2024" }).files)).toEqual(
      [["a.xlsx", "warnings", [["report.late", "BaoCao", "C8"]]]],
    );
    const batch = validateBatch(late, defaultRules, { deadline: "sớm" });
    expect(batch.findings.map((f) => f.code)).toEqual(["batch.deadline-invalid"]);
    expect(batch.files[0]?.status).toBe("ok");
  });
});

describe("validateBatch: two workbooks from one unit", () => {
  it("uses the later report date and lists the earlier copy as replaced, naming the later file", () => {
    const batch = validateBatch(
      [
        entry("moi.xlsx", { reportDate: day(2024, 12, 10) }),
        entry("cu.xlsx", { code: "cd001", reportDate: day(2024, 12, 1) }),
      ],
      defaultRules,
    );
    expect(summary(batch.files)).toEqual([
      ["moi.xlsx", "ok", []],
      ["cu.xlsx", "warnings", [["unit.replaced", null, null]]],
    ]);
    expect(batch.files[1]?.findings[0]?.message).toBe(
      "Tệp cu.xlsx: đơn vị CD001 (Công đoàn Sở Y tế) có báo cáo mới hơn trong tệp moi.xlsx (ngày báo cáo 10/12/2024); tệp này không được tổng hợp.",
    );
    expect(batch.files.map((f) => [f.replacedBy, f.included])).toEqual([
      [null, true],
      ["moi.xlsx", false],
    ]);
  });

  it("reports equal report dates as an error on both, asking to choose", () => {
    const batch = validateBatch(
      [entry("a.xlsx"), entry("b.xlsx"), entry("c.xlsx", { code: "CD002" })],
      defaultRules,
    );
    expect(summary(batch.files)).toEqual([
      ["a.xlsx", "errors", [["unit.duplicate", null, null]]],
      ["b.xlsx", "errors", [["unit.duplicate", null, null]]],
      ["c.xlsx", "ok", []],
    ]);
    expect(batch.files[0]?.findings[0]?.message).toBe(
      "Tệp a.xlsx: đơn vị CD001 (Công đoàn Sở Y tế) còn có báo cáo cùng ngày báo cáo 10/12/2024 trong tệp b.xlsx.",
    );
  });

  it("replaces an earlier copy by the tied later ones, which are duplicates", () => {
    const batch = validateBatch(
      [entry("a.xlsx", { reportDate: day(2024, 12, 1) }), entry("b.xlsx"), entry("c.xlsx")],
      defaultRules,
    );
    expect(batch.files.map((f) => [f.status, f.findings.map((x) => x.code), f.replacedBy])).toEqual(
      [
        ["warnings", ["unit.replaced"], "b.xlsx, c.xlsx"],
        ["errors", ["unit.duplicate"], null],
        ["errors", ["unit.duplicate"], null],
      ],
    );
  });

  it("does not pair a copy of another period, which is a mismatch already", () => {
    const batch = validateBatch(
      [
        entry("a.xlsx"),
        entry("b.xlsx", { code: "CD002" }),
        entry("old.xlsx", { period: "Năm 2023" }),
      ],
      defaultRules,
    );
    expect(summary(batch.files)).toEqual([
      ["a.xlsx", "ok", []],
      ["b.xlsx", "ok", []],
      ["old.xlsx", "errors", [["period.mismatch", "BaoCao", "C5"]]],
    ]);
  });
});

describe("validateBatch: every file, in input order", () => {
  it("lists unreadable files and files without a unit, keeping their findings", () => {
    const batch = validateBatch(
      [
        unreadable("hong.xlsx"),
        entry("a.xlsx"),
        { file: "trong.xlsx", result: { unit: null, findings: [] } },
      ],
      defaultRules,
    );
    expect(
      batch.files.map((f) => [f.file, f.status, f.unit, f.included, f.findings.map((x) => x.code)]),
    ).toEqual([
      ["hong.xlsx", "errors", null, false, ["file.unreadable"]],
      ["a.xlsx", "ok", { code: "CD001", name: "Công đoàn Sở Y tế", period: "Năm 2024" }, true, []],
      ["trong.xlsx", "ok", null, false, []],
    ]);
  });

  it("keeps each file's own findings before the batch's, and sets the status from all of them", () => {
    const late = validateWorkbook(
      reportWorkbook({ reportDate: "20/12/2024", cluster: "=Cụm 1" }),
      "a.xlsx",
      defaultRules,
    );
    const batch = validateBatch([{ file: "a.xlsx", result: late }], defaultRules, {
      deadline: "15/12/2024",
    });
    expect(summary(batch.files)).toEqual([
      [
        "a.xlsx",
        "warnings",
        [
          ["text.formula-like", "BaoCao", "C6"],
          ["report.late", "BaoCao", "C8"],
        ],
      ],
    ]);
  });

  it("writes its findings in English when asked", () => {
    const batch = validateBatch([entry("a.xlsx"), entry("b.xlsx")], defaultRules, { lang: "en" });
    expect(batch.files[0]?.findings[0]?.message).toBe(
      "File a.xlsx: the unit CD001 (Công đoàn Sở Y tế) also has a report with the same report date 10/12/2024 in b.xlsx.",
    );
  });

  it("keeps a unit in whose only errors are on proposal rows, its status still errors", () => {
    const grid = withProposals(reportWorkbook(), [
      ["Lê Văn An", "Cá nhân", "Kế toán", "Bằng khen UBND", "Thường xuyên", "x"],
    ]);
    const batch = validateBatch(
      [{ file: "a.xlsx", result: validateWorkbook(grid, "a.xlsx", defaultRules) }],
      defaultRules,
    );
    expect(summary(batch.files)).toEqual([
      ["a.xlsx", "errors", [["proposal.award-unknown", "DeNghiKhenThuong", "E4"]]],
    ]);
    expect(batch.files[0]?.included).toBe(true);
  });

  it("keeps a unit out for any other error, proposal errors or not", () => {
    const grid = withCells(
      withProposals(reportWorkbook(), [
        ["Lê Văn An", "Cá nhân", "Kế toán", "Bằng khen UBND", "Thường xuyên", "x"],
      ]),
      "BaoCao",
      { F20: "khoảng 20" },
    );
    const batch = validateBatch(
      [{ file: "a.xlsx", result: validateWorkbook(grid, "a.xlsx", defaultRules) }],
      defaultRules,
    );
    expect(batch.files[0]).toMatchObject({ status: "errors", included: false });
  });
});
