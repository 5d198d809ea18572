import { day, reportWorkbook, withCells, withProposals } from "../../../test/support/grid";
import { makeFinding } from "../findings/makeFinding";
import { defaultRules } from "../rules";
import { validateBatch, validateWorkbook, type BatchEntry } from "../validation";
import { consolidate } from "./consolidate";
import { fromBatch } from "./fromBatch";

function validated(file: string, grid: ReturnType<typeof reportWorkbook>): BatchEntry {
  return { file, result: validateWorkbook(grid, file, defaultRules) };
}

// reportWorkbook() scores 92 (self scores in D4:D10, TC1 self 14); an appraised 10 in E4 makes it 88.
const entries: BatchEntry[] = [
  validated("cd001-cu.xlsx", reportWorkbook({ code: "CD001", reportDate: day(2024, 12, 5) })),
  validated(
    "cd002.xlsx",
    withCells(reportWorkbook({ code: "CD002", cluster: "Cụm 2" }), "ChamDiem", { E4: 10 }),
  ),
  validated("cd001.xlsx", reportWorkbook({ code: "CD001", reportDate: day(2024, 12, 12) })),
  validated(
    "cd003.xlsx",
    withCells(reportWorkbook({ code: "CD003" }), "BaoCao", { F13: "khoảng 20" }),
  ),
  {
    file: "ghi-chu.pdf",
    result: {
      findings: [makeFinding("file.unreadable", { file: "ghi-chu.pdf" }, { reason: "pdf" })],
    },
  },
];

describe("fromBatch", () => {
  const batch = validateBatch(entries, defaultRules);
  const input = fromBatch(entries, batch);

  it("carries each file's unit, batch findings and replacing file, and the expected period", () => {
    expect(input.period).toEqual({ kind: "year", year: 2024 });
    expect(input.entries.map((e) => [e.file, e.unit?.code ?? null, e.replacedBy])).toEqual([
      ["cd001-cu.xlsx", "CD001", "cd001.xlsx"],
      ["cd002.xlsx", "CD002", null],
      ["cd001.xlsx", "CD001", null],
      ["cd003.xlsx", "CD003", null],
      ["ghi-chu.pdf", null, null],
    ]);
    expect(input.entries[0]?.findings.map((f) => f.code)).toContain("unit.replaced");
  });

  it("consolidates validated workbooks end to end", () => {
    const result = consolidate(input, defaultRules);
    expect(
      result.units.map((u) => [u.file, u.code, u.status, u.score, u.rank, u.classification]),
    ).toEqual([
      ["cd001-cu.xlsx", "CD001", "replaced", null, null, null],
      ["cd002.xlsx", "CD002", "included", 88, 2, "HTT"],
      ["cd001.xlsx", "CD001", "included", 92, 1, "HTXS"],
      ["cd003.xlsx", "CD003", "rejected", null, null, null],
      ["ghi-chu.pdf", null, "rejected", null, null, null],
    ]);
    expect(result.units[2]?.awards).toEqual(["Cờ thi đua của LĐLĐ tỉnh"]);
    expect(result.totals.province.DV02?.actual).toBe(200);
  });

  it("refuses entries that are not the batch's", () => {
    expect(() => fromBatch(entries.slice(1), batch)).toThrow(RangeError);
  });

  it("carries each workbook's proposals into the consolidation, a unit with row errors included", () => {
    // CD001 is HTXS (92), CD002 HTT (88); CD002 proposes a person CD001 proposes too, and one
    // broken row.
    const person = (name: string, position: string) =>
      [name, "Cá nhân", position, "GK CĐVC", "Thường xuyên", "Hoàn thành tốt nhiệm vụ"] as const;
    const proposing: BatchEntry[] = [
      validated(
        "cd001.xlsx",
        withProposals(reportWorkbook({ code: "CD001" }), [
          person("Lê Văn An", "Kế toán"),
          ["CĐCS Sở Y tế", "Tập thể", null, "Cờ thi đua", "Thường xuyên", "Dẫn đầu cụm"],
        ]),
      ),
      validated(
        "cd002.xlsx",
        withCells(
          withProposals(reportWorkbook({ code: "CD002", name: "Công đoàn Sở Tư pháp" }), [
            person("Lê Văn An", "Chuyên viên"),
            ["Trần Thị Bình", "Cá nhân", "Văn thư", "Huân chương", "Thường xuyên", "x"],
          ]),
          "ChamDiem",
          { E4: 10 },
        ),
      ),
    ];
    const result = consolidate(
      fromBatch(proposing, validateBatch(proposing, defaultRules)),
      defaultRules,
    );
    expect(result.units.map((u) => [u.file, u.status, u.classification])).toEqual([
      ["cd001.xlsx", "included", "HTXS"],
      ["cd002.xlsx", "included", "HTT"],
    ]);
    expect(result.proposals.counted.map((p) => [p.unit, p.row, p.award])).toEqual([
      ["CD001", 4, "Giấy khen của CĐVC tỉnh"],
      ["CD001", 5, "Cờ thi đua của LĐLĐ tỉnh"],
      ["CD002", 4, "Giấy khen của CĐVC tỉnh"],
    ]);
    expect(result.findings.map((f) => [f.file, f.code, f.cell])).toEqual([
      ["cd001.xlsx", "proposal.same-name-other-unit", "B4"],
      ["cd002.xlsx", "proposal.award-unknown", "E5"],
      ["cd002.xlsx", "proposal.same-name-other-unit", "B4"],
    ]);
    expect(result.proposals.dropped.map((d) => [d.unit, d.row])).toEqual([["CD002", 5]]);
  });
});
