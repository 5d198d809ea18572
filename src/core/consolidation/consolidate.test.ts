import { makeFinding } from "../findings/makeFinding";
import type { Period } from "../period";
import { defaultRules } from "../rules";
import { consolidate } from "./consolidate";
import { consolidationToJson } from "./consolidationJson";
import { proposalOf, proposalsOf } from "../proposals/testing/proposals";
import type { ConsolidationEntry, CriterionValue, UnitValues } from "./types";

const year2024: Period = { kind: "year", year: 2024 };

/** Self scores that add up to `score`, filling the default criteria in order. */
function criteriaFor(score: number): Record<string, CriterionValue> {
  let left = score;
  return Object.fromEntries(
    defaultRules.criteria.map((c) => {
      const self = Math.min(c.maxPoints, left);
      left -= self;
      return [c.code, { maxPoints: c.maxPoints, self, appraised: null }];
    }),
  );
}

function unit(
  code: string,
  cluster: string | null,
  score: number,
  options: { conference?: boolean; founded?: Date; members?: number } = {},
): UnitValues {
  return {
    code,
    name: `Công đoàn ${code}`,
    cluster,
    founded: options.founded ?? new Date(Date.UTC(2010, 2, 15)),
    indicators: {
      DV02: { target: null, actual: options.members ?? 50 },
      XD01: { target: 2, actual: 3 },
      CL01: { target: null, actual: options.conference ?? true },
      CL03: { target: null, actual: 10.1 },
    },
    criteria: criteriaFor(score),
  };
}

const entry = (
  file: string,
  values: UnitValues | null,
  findings: ConsolidationEntry["findings"] = [],
  replacedBy: string | null = null,
): ConsolidationEntry => ({ file, unit: values, findings, replacedBy });

const asText = makeFinding(
  "number.as-text",
  { file: "f.xlsx", sheet: "BaoCao", cell: "F14" },
  { text: "1,6 tỷ", value: "1600" },
);
const unreadable = makeFinding("file.unreadable", { file: "broken.xlsx" }, { reason: "zip hỏng" });
const notANumber = makeFinding(
  "number.not-a-number",
  { file: "bad.xlsx", sheet: "BaoCao", cell: "F12" },
  { text: "khoảng 20" },
);
const replaced = makeFinding(
  "unit.replaced",
  { file: "i-cu.xlsx" },
  { code: "CD09", name: "Công đoàn CD09", replacedBy: "i-moi.xlsx", laterDate: "12/12/2024" },
);

const entries: ConsolidationEntry[] = [
  entry("a.xlsx", unit("CD01", "Cụm 1", 96, { members: 120 })),
  entry("b.xlsx", unit("CD02", "Cụm 1", 92)),
  entry("c.xlsx", unit("CD03", "Cụm 2", 94, { conference: false })),
  entry("d.xlsx", unit("CD04", "Cụm 2", 91)),
  entry("e.xlsx", unit("CD05", "Cụm 2", 85)),
  entry("f.xlsx", unit("CD06", "Cụm 1", 78), [asText]),
  entry("g.xlsx", unit("CD07", "Cụm 1", 45)),
  entry("h.xlsx", unit("CD08", "Cụm 2", 88, { founded: new Date(Date.UTC(2024, 9, 1)) })),
  entry("i-cu.xlsx", unit("CD09", "Cụm 1", 99), [replaced], "i-moi.xlsx"),
  entry("i-moi.xlsx", unit("CD09", "Cụm 1", 75)),
  entry("broken.xlsx", null, [unreadable]),
  entry("bad.xlsx", unit("CD10", "Cụm 2", 97), [notANumber]),
];

describe("consolidate", () => {
  const result = consolidate({ entries, period: year2024 }, defaultRules);

  it("lists every file once, in input order, with its status, rank and class", () => {
    expect(
      result.units.map((u) => [
        u.file,
        u.code,
        u.status,
        u.score,
        u.rank,
        u.clusterRank,
        u.classification,
      ]),
    ).toEqual([
      ["a.xlsx", "CD01", "included", 96, 1, 1, "HTXS"],
      ["b.xlsx", "CD02", "included", 92, 3, 2, "HTT"],
      ["c.xlsx", "CD03", "included", 94, 2, 1, "HT"],
      ["d.xlsx", "CD04", "included", 91, 4, 2, "HTT"],
      ["e.xlsx", "CD05", "included", 85, 6, 4, "HTT"],
      ["f.xlsx", "CD06", "included", 78, 7, 3, "HTT"],
      ["g.xlsx", "CD07", "included", 45, 9, 5, "KHT"],
      ["h.xlsx", "CD08", "included", 88, 5, 3, "CXL"],
      ["i-cu.xlsx", "CD09", "replaced", null, null, null, null],
      ["i-moi.xlsx", "CD09", "included", 75, 8, 4, "HTT"],
      ["broken.xlsx", null, "rejected", null, null, null, null],
      ["bad.xlsx", "CD10", "rejected", null, null, null, null],
    ]);
  });

  it("names the replacing file on a replaced unit only", () => {
    expect(result.units.map((u) => u.replacedBy)).toEqual([
      ...Array(8).fill(null),
      "i-moi.xlsx",
      ...Array(3).fill(null),
    ]);
  });

  it("counts the classes, per cluster too, and reports the quota (20% of 6 → 1)", () => {
    expect(result.classificationCounts).toEqual({ HTXS: 1, HTT: 5, HT: 1, KHT: 1, CXL: 1 });
    expect(result.clusterClassCounts).toEqual([
      { cluster: "Cụm 1", counts: { HTXS: 1, HTT: 3, HT: 0, KHT: 1, CXL: 0 } },
      { cluster: "Cụm 2", counts: { HTXS: 0, HTT: 2, HT: 1, KHT: 0, CXL: 1 } },
    ]);
    expect(result.quota).toEqual({ limit: 1, base: 6, before: 3, demoted: ["CD02", "CD04"] });
  });

  it("gives each unit its reason", () => {
    const reasons = Object.fromEntries(result.units.map((u) => [u.code, [u.reasonCode, u.reason]]));
    expect(reasons.CD03).toEqual([
      "classification.cap",
      "Điểm 94,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Không tổ chức Hội nghị CBCCVC (CL01): tối đa HT",
    ]);
    expect(reasons.CD02).toEqual([
      "classification.quota",
      "Điểm 92,00 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Vượt chỉ tiêu 20% HTXS (giới hạn 1), hạ xuống HTT",
    ]);
    expect(reasons.CD08).toEqual([
      "classification.cxl",
      "Thành lập 01/10/2024, chưa đủ 6 tháng đến cuối kỳ: chưa xếp loại",
    ]);
  });

  it("proposes the default awards with reasons", () => {
    expect(result.awards.grants.map((g) => [g.award, g.unit, g.reason])).toEqual([
      ["Cờ thi đua của LĐLĐ tỉnh", "CD01", "Hạng 1 cụm Cụm 1, HTXS"],
      ["Giấy khen của CĐVC tỉnh", "CD01", "Hạng 1 toàn tỉnh, HTXS"],
      ["Giấy khen của CĐVC tỉnh", "CD02", "Hạng 3 toàn tỉnh, HTT"],
    ]);
    expect(result.units[0]?.awards).toEqual([
      "Cờ thi đua của LĐLĐ tỉnh",
      "Giấy khen của CĐVC tỉnh",
    ]);
  });

  it("sums the included units only (the replaced copy and rejected files not at all)", () => {
    expect(result.totals.units).toBe(9);
    expect(result.totals.province.DV02).toEqual({
      actual: 520,
      target: null,
      attainment: null,
      reporting: 9,
    });
    expect(result.totals.province.XD01).toEqual({
      actual: 27,
      target: 18,
      attainment: 1.5,
      reporting: 9,
    });
    expect(result.totals.province.CL01).toEqual({
      actual: 8,
      target: 9,
      attainment: 8 / 9,
      reporting: 9,
    });
    expect(result.totals.province.CL03?.actual).toBe(90.9);
    expect(result.totals.clusters.map((c) => [c.cluster, c.units, c.totals.DV02?.actual])).toEqual([
      ["Cụm 1", 5, 320],
      ["Cụm 2", 4, 200],
    ]);
  });

  it("keeps each included unit's values, criterion scores and attainment", () => {
    const first = result.units[0]!;
    expect(first.criterionScores).toEqual({
      TC1: 15,
      TC2: 20,
      TC3: 20,
      TC4: 10,
      TC5: 20,
      TC6: 5,
      TC7: 6,
    });
    expect(first.attainment?.XD01).toBe(1.5);
    expect(first.attainment?.CL01).toBe(1);
    expect(first.attainment?.DV02).toBeNull();
    expect(first.indicators?.DV02).toEqual({ target: null, actual: 120 });
    expect(result.units[8]?.indicators).toBeNull();
  });

  it("writes the report's sentences", () => {
    expect(result.sentences).toEqual([
      "Tổng hợp báo cáo của 9 CĐCS: 520 đoàn viên công đoàn; số tiền thăm hỏi, trợ cấp 90,9 triệu đồng.",
      "Kết quả thực hiện chỉ tiêu: 8/9 CĐCS tổ chức Hội nghị CBCCVC, đạt tỷ lệ 89%; giới thiệu 27/18 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt tỷ lệ 150%.",
      "Kết quả xếp loại chất lượng 01 CĐCS hoàn thành xuất sắc nhiệm vụ, 05 CĐCS hoàn thành tốt nhiệm vụ, 01 CĐCS hoàn thành nhiệm vụ, 01 CĐCS không hoàn thành nhiệm vụ, 01 CĐCS không đủ thời gian phân loại.",
      "Công nhận 01 CĐCS đạt danh hiệu thi đua hoàn thành xuất sắc nhiệm vụ.",
      "Đề nghị tặng Cờ thi đua của LĐLĐ tỉnh cho 01 CĐCS, tặng Giấy khen của CĐVC tỉnh cho 02 CĐCS.",
    ]);
  });

  it("passes every file's findings through, batch findings first", () => {
    const batchProblem = makeFinding("file.unreadable", { file: "" }, { reason: "x" });
    const withBatch = consolidate(
      { entries, period: year2024, findings: [batchProblem] },
      defaultRules,
    );
    expect(withBatch.findings.map((f) => [f.file, f.code])).toEqual([
      ["", "file.unreadable"],
      ["f.xlsx", "number.as-text"],
      ["i-cu.xlsx", "unit.replaced"],
      ["broken.xlsx", "file.unreadable"],
      ["bad.xlsx", "number.not-a-number"],
    ]);
    expect(result.units[5]?.findings).toEqual([asText]);
  });

  it("consolidates nothing into an empty result with a sentence that says so", () => {
    const empty = consolidate({ entries: [], period: year2024 }, defaultRules);
    expect(empty.units).toEqual([]);
    expect(empty.classificationCounts).toEqual({ HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 });
    expect(empty.sentences).toEqual(["Chưa có CĐCS nào được xếp loại chất lượng."]);
    expect(consolidationToJson(empty)).toEqual({
      units: [],
      totals: {},
      attainment: {},
      classificationCounts: { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 },
      quota: { limit: 1, demoted: [] },
      sentences: ["Chưa có CĐCS nào được xếp loại chất lượng."],
      awardProposals: Object.fromEntries(
        [
          "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
          "Bằng khen của Tổng Liên đoàn",
          "Cờ thi đua của LĐLĐ tỉnh",
          "Bằng khen của LĐLĐ tỉnh",
          "Giấy khen của CĐVC tỉnh",
        ].map((award) => [
          award,
          { collective: 0, individual: 0, collectiveThematic: 0, individualThematic: 0 },
        ]),
      ),
      findings: [],
    });
  });

  it("splits equal scores with configured tie-breakers in ranks, quota and awards", () => {
    const rules = { ...defaultRules, tieBreakers: [{ criterion: "TC1" }] };
    // Both score 92; Y has the full 15 points on TC1, X one point less (made up on TC7).
    const x = unit("X", "Cụm 1", 92);
    const xCriteria = {
      ...x.criteria,
      TC1: { maxPoints: 15, self: 14, appraised: null },
      TC7: { maxPoints: 10, self: 3, appraised: null },
    };
    const r = consolidate(
      {
        entries: [
          entry("x.xlsx", { ...x, criteria: xCriteria }),
          entry("y.xlsx", unit("Y", "Cụm 1", 92)),
          entry("z.xlsx", unit("Z", "Cụm 1", 80)),
        ],
        period: year2024,
      },
      rules,
    );
    expect(
      r.units.map((u) => [u.code, u.score, u.rank, u.clusterRank, u.classification, u.reasonCode]),
    ).toEqual([
      ["X", 92, 2, 2, "HTT", "classification.quota"],
      ["Y", 92, 1, 1, "HTXS", "classification.threshold"],
      ["Z", 80, 3, 3, "HTT", "classification.threshold"],
    ]);
    expect(r.units[1]?.awards).toContain("Cờ thi đua của LĐLĐ tỉnh");
  });

  it("moves both units tied at the top without tie-breakers, and gives no flag", () => {
    const r = consolidate(
      {
        entries: [
          entry("x.xlsx", unit("X", "Cụm 1", 92)),
          entry("y.xlsx", unit("Y", "Cụm 1", 92)),
          entry("z.xlsx", unit("Z", "Cụm 1", 80)),
        ],
        period: year2024,
      },
      defaultRules,
    );
    expect(r.units.map((u) => [u.code, u.rank, u.classification, u.reasonCode])).toEqual([
      ["X", 1, "HTT", "classification.quota-tie"],
      ["Y", 1, "HTT", "classification.quota-tie"],
      ["Z", 3, "HTT", "classification.threshold"],
    ]);
    expect(r.quota.demoted).toEqual(["X", "Y"]);
    expect(r.awards.grants.map((g) => g.award)).not.toContain("Cờ thi đua của LĐLĐ tỉnh");
  });
});

describe("consolidate: the units' award proposals", () => {
  const GK = "Giấy khen của CĐVC tỉnh";
  const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
  const rowError = makeFinding(
    "proposal.award-unknown",
    { file: "a.xlsx", sheet: "DeNghiKhenThuong", cell: "E9" },
    { row: 9, text: "Huân chương", awards: "…" },
  );
  const proposing = (values: UnitValues, proposals: UnitValues["proposals"]): UnitValues => ({
    ...values,
    proposals,
  });
  const withProposals: ConsolidationEntry[] = [
    // CD01 (HTXS) proposes its collective for the flag and three people; one row was dropped.
    entry(
      "a.xlsx",
      proposing(unit("CD01", "Cụm 1", 96), [
        proposalOf(FLAG, "collective", "regular", { row: 4 }),
        ...proposalsOf(GK, "individual", 3, 1, 5),
      ]),
      [rowError],
    ),
    // CD05 (HTT) may not have the flag.
    entry(
      "e.xlsx",
      proposing(unit("CD05", "Cụm 2", 85), [proposalOf(FLAG, "collective", "regular", { row: 4 })]),
    ),
    // A rejected unit's and a replaced copy's proposals do not count.
    entry("bad.xlsx", proposing(unit("CD10", "Cụm 2", 97), proposalsOf(GK, "individual", 2)), [
      notANumber,
    ]),
    entry(
      "i-cu.xlsx",
      proposing(unit("CD09", "Cụm 1", 99), proposalsOf(GK, "collective", 2)),
      [replaced],
      "i-moi.xlsx",
    ),
    entry("i-moi.xlsx", unit("CD09", "Cụm 1", 75)),
  ];
  const withResult = consolidate({ entries: withProposals, period: year2024 }, defaultRules);

  it("includes a unit whose only errors are on proposal rows", () => {
    expect(withResult.units.map((u) => [u.file, u.status])).toEqual([
      ["a.xlsx", "included"],
      ["e.xlsx", "included"],
      ["bad.xlsx", "rejected"],
      ["i-cu.xlsx", "replaced"],
      ["i-moi.xlsx", "included"],
    ]);
  });

  it("counts the included units' proposals their classes allow", () => {
    expect(withResult.proposals.counted.map((p) => [p.unit, p.award, p.subject, p.kind])).toEqual([
      ["CD01", FLAG, "collective", "regular"],
      ["CD01", GK, "individual", "thematic"],
      ["CD01", GK, "individual", "regular"],
      ["CD01", GK, "individual", "regular"],
    ]);
    expect(consolidationToJson(withResult).awardProposals).toMatchObject({
      [FLAG]: { collective: 1, individual: 0, collectiveThematic: 0, individualThematic: 0 },
      [GK]: { collective: 0, individual: 3, collectiveThematic: 0, individualThematic: 1 },
    });
  });

  it("drops a flag for an HTT unit with an error among the unit's findings, after its own", () => {
    expect(withResult.proposals.dropped.map((d) => [d.unit, d.row, d.problems[0]?.code])).toEqual([
      ["CD05", 4, "proposal.class-not-eligible"],
    ]);
    expect(withResult.units[1]?.findings.map((f) => [f.code, f.cell])).toEqual([
      ["proposal.class-not-eligible", "E4"],
    ]);
    expect(withResult.findings.map((f) => [f.file, f.code])).toEqual([
      ["a.xlsx", "proposal.award-unknown"],
      ["e.xlsx", "proposal.class-not-eligible"],
      ["bad.xlsx", "number.not-a-number"],
      ["i-cu.xlsx", "unit.replaced"],
    ]);
  });

  it("adds the proposals sentence after the others", () => {
    expect(withResult.sentences.at(-1)).toBe(
      "Ban Thường vụ CĐVC tỉnh đề nghị LĐLĐ tỉnh tặng 01 cờ thi đua; CĐVC tỉnh tặng 03 giấy khen cho cá nhân (trong đó có 01 cá nhân khen chuyên đề).",
    );
  });

  it("consolidates units without proposals exactly as before", () => {
    const empty = entries.map((e) =>
      e.unit ? { ...e, unit: { ...e.unit, proposals: [], droppedProposals: [] } } : e,
    );
    const before = consolidate({ entries, period: year2024 }, defaultRules);
    const again = consolidate({ entries: empty, period: year2024 }, defaultRules);
    expect(again).toEqual(before);
    expect(again.sentences).toHaveLength(5);
    expect(before.proposals.counted).toEqual([]);
    expect(before.proposals.dropped).toEqual([]);
  });
});

describe("consolidate with a list of expected units", () => {
  const units = [
    { code: "CD01", name: "Công đoàn CD01", membership: "direct" as const },
    // The list says CD02 is new: its workbook's 2010 founding date is not used.
    { code: "cd02", name: "Công đoàn CD02", membership: "direct" as const, founded: "01/10/2024" },
    { code: "CD03", name: "Công đoàn CD03", membership: "member" as const, founded: "15/03/2010" },
    { code: "CD04", name: "Công đoàn CD04", membership: "direct" as const },
  ];
  const withList = { ...defaultRules, units };
  const listEntries = [
    entry("a.xlsx", unit("CD01", "Cụm 1", 96)),
    entry("b.xlsx", unit("CD02", "Cụm 1", 80)),
    // The workbook says CD03 is new; the list's older date wins.
    entry("c.xlsx", unit("CD03", "Cụm 1", 75, { founded: new Date(Date.UTC(2024, 10, 1)) })),
    entry("x.xlsx", unit("CD99", "Cụm 1", 60)),
  ];

  it("classifies by the list's founding dates", () => {
    const result = consolidate({ entries: listEntries, period: year2024 }, withList);
    expect(result.units.map((u) => [u.code, u.classification, u.reasonCode])).toEqual([
      ["CD01", "HTXS", "classification.threshold"],
      ["CD02", "CXL", "classification.cxl"],
      ["CD03", "HTT", "classification.threshold"],
      ["CD99", "HT", "classification.threshold"],
    ]);
    expect(result.units[1]!.reason).toContain("01/10/2024");
  });

  it("begins the sentences with how many of the listed units sent a report", () => {
    const result = consolidate({ entries: listEntries, period: year2024 }, withList);
    expect(result.sentences[0]).toBe("03/04 CĐCS đã gửi báo cáo.");
    const without = consolidate({ entries: listEntries, period: year2024 }, defaultRules);
    expect(without.sentences.some((s) => s.includes("đã gửi báo cáo"))).toBe(false);
    expect(without.units[2]!.classification).toBe("CXL");
  });
});
