import type { ClassCode } from "../rules";
import { defaultRules } from "../rules";
import { consolidateProposals, type ProposingUnit } from "./consolidateProposals";
import type { DroppedProposal } from "./proposal";
import { proposalOf, proposalsOf } from "./testing/proposals";

const GK = "Giấy khen của CĐVC tỉnh";
const BK = "Bằng khen của LĐLĐ tỉnh";
const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const BK_TLD = "Bằng khen của Tổng Liên đoàn";

function unit(
  code: string,
  classification: ClassCode,
  proposals: ProposingUnit["proposals"],
  droppedProposals: ProposingUnit["droppedProposals"] = [],
): ProposingUnit {
  return {
    file: `${code}.xlsx`,
    code,
    name: `CĐCS ${code}`,
    classification,
    proposals,
    droppedProposals,
  };
}

const person = (name: string, row: number, award = GK) =>
  proposalOf(award, "individual", "regular", { name, row });
const collective = (award: string, row: number) =>
  proposalOf(award, "collective", "regular", { name: "Tập thể CĐCS", row });

describe("consolidateProposals: classes", () => {
  it.each<[string, string, ClassCode]>([
    ["a flag for an HTXS unit", FLAG, "HTXS"],
    ["a collective Giấy khen for an HTT unit", GK, "HTT"],
    [
      "a collective Bằng khen of the Confederation, which has no award rule, for an HT unit",
      BK_TLD,
      "HT",
    ],
  ])("counts %s", (_what, award, classification) => {
    const result = consolidateProposals(
      [unit("CD01", classification, [collective(award, 4)])],
      defaultRules,
    );
    expect(result.counted.map((p) => [p.unit, p.award])).toEqual([["CD01", award]]);
    expect(result.dropped).toEqual([]);
    expect(result.findingsByUnit).toEqual({});
  });

  it.each<[string, string, ClassCode, string]>([
    ["a flag for an HTT unit", FLAG, "HTT", "HTXS"],
    ["a collective Bằng khen of LĐLĐ tỉnh for a unit not classified", BK, "CXL", "HTXS"],
    ["a collective Giấy khen for an HT unit", GK, "HT", "HTXS, HTT"],
  ])("drops %s, at its award cell, with the reason", (_what, award, classification, classes) => {
    const result = consolidateProposals(
      [unit("CD01", classification, [collective(award, 6)])],
      defaultRules,
    );
    expect(result.counted).toEqual([]);
    const finding = result.findingsByUnit.CD01?.[0];
    expect(finding).toMatchObject({
      code: "proposal.class-not-eligible",
      severity: "error",
      file: "CD01.xlsx",
      sheet: "DeNghiKhenThuong",
      cell: "E6",
      params: { row: 6, award, classes, class: classification },
    });
    expect(result.dropped.map((d) => [d.unit, d.row, d.problems[0]?.code, d.reasons])).toEqual([
      ["CD01", 6, "proposal.class-not-eligible", [finding?.message]],
    ]);
  });

  it("holds people's awards to no class", () => {
    const result = consolidateProposals(
      [unit("CD01", "KHT", [person("Lê Văn An", 4, BK)])],
      defaultRules,
    );
    expect(result.counted).toHaveLength(1);
  });

  it("words the reason in the language asked for", () => {
    const result = consolidateProposals(
      [unit("CD01", "HT", [collective(FLAG, 4)])],
      defaultRules,
      "en",
    );
    expect(result.dropped[0]?.reasons).toEqual([
      "Cell E4 on sheet DeNghiKhenThuong: 'Cờ thi đua của LĐLĐ tỉnh' for a collective is only for units classified HTXS, and the unit is HT; row 4 is not counted.",
    ]);
  });
});

describe("consolidateProposals: names across units", () => {
  it("warns on each unit's row when two units propose one name, and counts both", () => {
    const result = consolidateProposals(
      [
        unit("CD01", "HTT", [person("Lê Văn An", 4), person("Trần Thị Bình", 5)]),
        unit("CD02", "HTT", [person("lê  văn an", 7)]),
        unit("CD03", "HTT", [person("Lê Văn An", 9, BK)]),
      ],
      defaultRules,
    );
    expect(result.counted).toHaveLength(4);
    const warnings = Object.entries(result.findingsByUnit).map(([code, findings]) => [
      code,
      findings.map((f) => [f.code, f.severity, f.file, f.cell, f.params?.others]),
    ]);
    expect(warnings).toEqual([
      [
        "CD01",
        [
          [
            "proposal.same-name-other-unit",
            "warning",
            "CD01.xlsx",
            "B4",
            "CD02 (CĐCS CD02), CD03 (CĐCS CD03)",
          ],
        ],
      ],
      [
        "CD02",
        [
          [
            "proposal.same-name-other-unit",
            "warning",
            "CD02.xlsx",
            "B7",
            "CD01 (CĐCS CD01), CD03 (CĐCS CD03)",
          ],
        ],
      ],
      [
        "CD03",
        [
          [
            "proposal.same-name-other-unit",
            "warning",
            "CD03.xlsx",
            "B9",
            "CD01 (CĐCS CD01), CD02 (CĐCS CD02)",
          ],
        ],
      ],
    ]);
    expect(result.findingsByUnit.CD02?.[0]?.message).toBe(
      "Ô B7 trang DeNghiKhenThuong: 'lê  văn an' (Cá nhân) cũng được CD01 (CĐCS CD01), CD03 (CĐCS CD03) đề nghị.",
    );
  });

  it.each([
    [
      "two people of one name in one unit",
      [
        unit("CD01", "HTT", [
          person("Lê Văn An", 4),
          { ...person("Lê Văn An", 5), position: "Bảo vệ" },
        ]),
      ],
    ],
    [
      "collectives of one name in two units",
      [unit("CD01", "HTT", [collective(GK, 4)]), unit("CD02", "HTT", [collective(GK, 4)])],
    ],
    [
      "a name proposed by another unit only on a dropped row",
      [
        unit("CD01", "HTT", [person("Lê Văn An", 4)]),
        unit("CD02", "HTT", [], [{ ...person("Lê Văn An", 4), problems: [] } as DroppedProposal]),
      ],
    ],
  ])("does not warn about %s", (_what, units) => {
    expect(consolidateProposals(units, defaultRules).findingsByUnit).toEqual({});
  });
});

describe("consolidateProposals: counts and lists", () => {
  it("counts only what is counted, by award from the highest", () => {
    const result = consolidateProposals(
      [
        unit("CD01", "HTXS", [collective(FLAG, 4), ...proposalsOf(GK, "individual", 3, 1, 5)]),
        unit("CD02", "HTT", [collective(FLAG, 4), ...proposalsOf(BK, "collective", 2, 2, 5)]),
      ],
      defaultRules,
    );
    expect(
      result.counts.map((c) => [
        c.award,
        c.collective,
        c.individual,
        c.collectiveThematic,
        c.individualThematic,
      ]),
    ).toEqual([
      ["Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", 0, 0, 0, 0],
      [BK_TLD, 0, 0, 0, 0],
      [FLAG, 1, 0, 0, 0],
      [BK, 0, 0, 0, 0],
      [GK, 0, 3, 0, 1],
    ]);
  });

  it("lists the rows dropped on the units' sheets with validation's reasons, merged by row", () => {
    const invalid: DroppedProposal = {
      ...person("Lê Văn An", 7),
      award: null,
      awardText: "Huân chương",
      problems: [
        {
          code: "proposal.award-unknown",
          sheet: "DeNghiKhenThuong",
          cell: "E7",
          params: { row: 7, text: "Huân chương", awards: "…" },
        },
      ],
    };
    const result = consolidateProposals(
      [unit("CD01", "HT", [collective(FLAG, 9), person("Trần Thị Bình", 4)], [invalid])],
      defaultRules,
    );
    expect(result.dropped.map((d) => [d.unit, d.file, d.row, d.problems[0]?.code])).toEqual([
      ["CD01", "CD01.xlsx", 7, "proposal.award-unknown"],
      ["CD01", "CD01.xlsx", 9, "proposal.class-not-eligible"],
    ]);
    expect(result.dropped[0]?.reasons).toEqual([
      "Ô E7 trang DeNghiKhenThuong: hình thức 'Huân chương' không có trong danh mục khen thưởng; dòng 7 không được tính.",
    ]);
    expect(result.counted.map((p) => [p.unit, p.unitName, p.file, p.name])).toEqual([
      ["CD01", "CĐCS CD01", "CD01.xlsx", "Trần Thị Bình"],
    ]);
  });

  it("has nothing to count from units without proposals", () => {
    const result = consolidateProposals([unit("CD01", "HTT", [])], defaultRules);
    expect(result.counted).toEqual([]);
    expect(result.dropped).toEqual([]);
    expect(result.counts.every((c) => c.collective + c.individual === 0)).toBe(true);
  });
});
