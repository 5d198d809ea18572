import { defaultRules, type AwardRule, type ClassCode } from "../rules";
import { proposeAwards, type AwardCandidate } from "./proposeAwards";

const c = (
  code: string,
  classification: ClassCode,
  rank: number,
  cluster: string | null = null,
  clusterRank: number | null = null,
): AwardCandidate => ({ code, classification, rank, cluster, clusterRank });
const rule = (limit: AwardRule["limit"], more: Partial<AwardRule> = {}): AwardRule => ({
  name: "Giấy khen",
  classes: ["HTXS", "HTT"],
  scope: "province",
  limit,
  ...more,
});
const granted = (candidates: AwardCandidate[], rules: AwardRule[]) =>
  proposeAwards(candidates, { awardRules: rules }).grants.map((g) => `${g.award}:${g.unit}`);

describe("proposeAwards: one rule at a time", () => {
  it.each<[string, AwardCandidate[], AwardRule[], string[]]>([
    [
      "gives the award in rank order up to a count",
      [c("C", "HTXS", 3), c("A", "HTXS", 1), c("D", "HTT", 4), c("B", "HTXS", 2)],
      [rule({ count: 2 })],
      ["Giấy khen:A", "Giấy khen:B"],
    ],
    [
      "skips units whose class the rule does not name",
      [c("A", "HT", 1), c("B", "HTXS", 2), c("C", "CXL", 3), c("D", "HTT", 4)],
      [rule({ count: 2 })],
      ["Giấy khen:B", "Giấy khen:D"],
    ],
    [
      "gives a tie at the limit's edge to none of the tied units",
      [c("A", "HTXS", 1), c("B", "HTXS", 2), c("C", "HTXS", 2), c("D", "HTXS", 4)],
      [rule({ count: 2 })],
      ["Giấy khen:A"],
    ],
    [
      "gives a tie that fits the limit to all of it",
      [c("A", "HTXS", 1), c("B", "HTXS", 2), c("C", "HTXS", 2), c("D", "HTXS", 4)],
      [rule({ count: 3 })],
      ["Giấy khen:A", "Giấy khen:B", "Giấy khen:C"],
    ],
    [
      "gives nothing when units tied first exceed the limit",
      [c("A", "HTXS", 1), c("B", "HTXS", 1)],
      [rule({ count: 1 })],
      [],
    ],
    [
      "limits to a share of the units classified, rounded down (30% of 7 classified = 2)",
      [
        c("A", "HTXS", 1),
        c("B", "HTT", 2),
        c("C", "HTT", 3),
        c("D", "HT", 4),
        c("E", "KHT", 5),
        c("F", "HT", 6),
        c("G", "HTT", 7),
        c("X", "CXL", 8),
        c("Y", "CXL", 9),
      ],
      [rule({ share: 0.3, of: "classified" })],
      ["Giấy khen:A", "Giấy khen:B"],
    ],
    [
      "limits to a share of the units included, CXL too (30% of 10 = 3)",
      [
        c("A", "HTXS", 1),
        c("B", "HTT", 2),
        c("C", "HTT", 3),
        c("D", "HTT", 4),
        c("E", "HT", 5),
        c("F", "HT", 6),
        c("G", "HT", 7),
        c("H", "HT", 8),
        c("X", "CXL", 9),
        c("Y", "CXL", 10),
      ],
      [rule({ share: 0.3, of: "included" })],
      ["Giấy khen:A", "Giấy khen:B", "Giấy khen:C"],
    ],
    [
      "gives the best eligible unit of each cluster with a perCluster limit",
      [
        c("A", "HTT", 1, "Cụm 1", 1),
        c("B", "HTXS", 2, "Cụm 1", 2),
        c("C", "HTXS", 3, "Cụm 2", 1),
        c("D", "HTXS", 4, "Cụm 2", 2),
        c("E", "HTXS", 5, null, null),
      ],
      [rule({ perCluster: 1 }, { name: "Cờ", classes: ["HTXS"], scope: "cluster" })],
      ["Cờ:B", "Cờ:C"],
    ],
    [
      "gives no cluster award where the cluster's best units are tied",
      [c("A", "HTXS", 1, "Cụm 1", 1), c("B", "HTXS", 1, "Cụm 1", 1), c("C", "HTXS", 3, "Cụm 2", 1)],
      [rule({ perCluster: 1 }, { name: "Cờ", classes: ["HTXS"], scope: "cluster" })],
      ["Cờ:C"],
    ],
    [
      "applies a count limit per cluster in cluster scope",
      [
        c("A", "HTT", 1, "Cụm 1", 1),
        c("B", "HTT", 2, "Cụm 1", 2),
        c("C", "HTT", 3, "Cụm 1", 3),
        c("D", "HTT", 4, "Cụm 2", 1),
      ],
      [rule({ count: 2 }, { scope: "cluster" })],
      ["Giấy khen:A", "Giấy khen:B", "Giấy khen:D"],
    ],
    [
      "takes a share of each cluster's classified units in cluster scope (50% of 2, of 3)",
      [
        c("A", "HTT", 1, "Cụm 1", 1),
        c("B", "HTT", 2, "Cụm 1", 2),
        c("C", "HTT", 3, "Cụm 2", 1),
        c("D", "HTT", 4, "Cụm 2", 2),
        c("E", "HT", 5, "Cụm 2", 3),
      ],
      [rule({ share: 0.5, of: "classified" }, { scope: "cluster" })],
      ["Giấy khen:A", "Giấy khen:C"],
    ],
  ])("%s", (_name, candidates, rules, expected) => {
    expect(granted(candidates, rules)).toEqual(expected);
  });
});

describe("proposeAwards: rules together", () => {
  it("skips holders of an excluded award and lets the tie rule use the remaining order", () => {
    const rules = [
      rule({ perCluster: 1 }, { name: "Cờ", classes: ["HTXS"], scope: "cluster" }),
      rule({ count: 2 }, { name: "Bằng khen", classes: ["HTXS"], excludeAwards: ["Cờ"] }),
    ];
    const candidates = [
      c("A", "HTXS", 1, "Cụm 1", 1),
      c("B", "HTXS", 2, "Cụm 2", 1),
      c("C", "HTXS", 3, "Cụm 1", 2),
      c("D", "HTXS", 4, "Cụm 2", 2),
      c("E", "HTXS", 5, "Cụm 1", 3),
    ];
    expect(granted(candidates, rules)).toEqual(["Cờ:A", "Cờ:B", "Bằng khen:C", "Bằng khen:D"]);
  });

  it("gives a unit each award once, even when two rules give the same award", () => {
    const rules = [rule({ count: 1 }), rule({ count: 2 })];
    const candidates = [c("A", "HTT", 1), c("B", "HTT", 2), c("C", "HTT", 3)];
    const result = proposeAwards(candidates, { awardRules: rules });
    expect(result.byUnit).toEqual({ A: ["Giấy khen"], B: ["Giấy khen"], C: ["Giấy khen"] });
  });

  it("gives the default awards: flag per cluster, merit to 10 non-flag HTXS, commendation to 30%", () => {
    const candidates = [
      c("A", "HTXS", 1, "Cụm 1", 1),
      c("B", "HTXS", 2, "Cụm 2", 1),
      c("C", "HTXS", 3, "Cụm 1", 2),
      c("D", "HTT", 4, "Cụm 2", 2),
      c("E", "HTT", 5, "Cụm 1", 3),
      c("F", "HT", 6, "Cụm 2", 3),
      c("G", "KHT", 7, "Cụm 1", 4),
      c("H", "CXL", 8, "Cụm 2", 4),
    ];
    const result = proposeAwards(candidates, defaultRules);
    expect(result.byUnit).toEqual({
      A: ["Cờ thi đua của LĐLĐ tỉnh", "Giấy khen của CĐVC tỉnh"],
      B: ["Cờ thi đua của LĐLĐ tỉnh", "Giấy khen của CĐVC tỉnh"],
      C: ["Bằng khen của LĐLĐ tỉnh"],
      D: [],
      E: [],
      F: [],
      G: [],
      H: [],
    });
    // 30% of the 7 classified units is 2: A and B (C is third).
    expect(result.pools.find((p) => p.award === "Giấy khen của CĐVC tỉnh")).toMatchObject({
      limit: 2,
      granted: ["A", "B"],
    });
  });
});

describe("proposeAwards: reasons", () => {
  it("says where the unit ranked and its class", () => {
    const result = proposeAwards([c("A", "HTXS", 3, "Cụm 2", 1), c("B", "HTT", 1, "Cụm 1", 1)], {
      awardRules: [
        rule({ perCluster: 1 }, { name: "Cờ", classes: ["HTXS"], scope: "cluster" }),
        rule({ count: 5 }, { name: "Giấy khen", classes: ["HTT"] }),
      ],
    });
    expect(
      result.grants.map((g) => [g.unit, g.award, g.scope, g.cluster, g.rank, g.reason]),
    ).toEqual([
      ["A", "Cờ", "cluster", "Cụm 2", 1, "Hạng 1 cụm Cụm 2, HTXS"],
      ["B", "Giấy khen", "province", null, 1, "Hạng 1 toàn tỉnh, HTT"],
    ]);
  });

  it("lists the tied units it left out, with the reason", () => {
    const result = proposeAwards([c("A", "HTXS", 1, "Cụm 1", 1), c("B", "HTXS", 1, "Cụm 1", 1)], {
      awardRules: [rule({ perCluster: 1 }, { name: "Cờ", classes: ["HTXS"], scope: "cluster" })],
    });
    expect(result.pools).toEqual([
      {
        award: "Cờ",
        scope: "cluster",
        cluster: "Cụm 1",
        limit: 1,
        granted: [],
        withheld: [
          {
            unit: "A",
            reason: "Đồng hạng 1 cụm Cụm 1 ở ranh giới giới hạn 1 của Cờ: không đề nghị",
          },
          {
            unit: "B",
            reason: "Đồng hạng 1 cụm Cụm 1 ở ranh giới giới hạn 1 của Cờ: không đề nghị",
          },
        ],
      },
    ]);
  });
});
