import { defaultRules, type Award } from "../rules";
import { overLimitProposals } from "./overLimitProposals";
import { proposalOf, proposalsOf } from "./testing/proposals";

const GK = "Giấy khen của CĐVC tỉnh";
const BK = "Bằng khen của LĐLĐ tỉnh";
const { awards } = defaultRules;

/** The catalogue with a limit on the unit's collective Bằng khen of LĐLĐ tỉnh. */
const withCollectiveLimit: Award[] = awards.map((award) =>
  award.name === BK ? { ...award, perUnitLimits: [{ recipient: "collective", count: 1 }] } : award,
);

const over = (
  proposals: Parameters<typeof overLimitProposals>[0],
  members: number | null,
  catalogue: readonly Award[] = awards,
) =>
  overLimitProposals(proposals, catalogue, members).map((o) => [
    o.index,
    o.problem.code,
    o.problem.cell,
    o.problem.params.limit,
    o.problem.params.nth,
  ]);

describe("overLimitProposals", () => {
  it.each<[string, Parameters<typeof overLimitProposals>[0], number | null, readonly Award[]]>([
    [
      "3 individual Giấy khen for 25 members (10%, rounded up: 3)",
      proposalsOf(GK, "individual", 3),
      25,
      awards,
    ],
    [
      "3 individual Giấy khen for 30 members (exactly 3)",
      proposalsOf(GK, "individual", 3),
      30,
      awards,
    ],
    ["collective Giấy khen, which have no limit", proposalsOf(GK, "collective", 8), 10, awards],
    ["individual Bằng khen, which have no limit", proposalsOf(BK, "individual", 8), 10, awards],
    [
      "the members unknown: a share cannot be taken",
      proposalsOf(GK, "individual", 8),
      null,
      awards,
    ],
    [
      "one collective Bằng khen under a count limit of 1",
      proposalsOf(BK, "collective", 1),
      null,
      withCollectiveLimit,
    ],
  ])("accepts %s", (_what, proposals, members, catalogue) => {
    expect(over(proposals, members, catalogue)).toEqual([]);
  });

  it.each<
    [string, Parameters<typeof overLimitProposals>[0], number | null, readonly Award[], unknown[][]]
  >([
    [
      "a fourth individual Giấy khen for 25 members, at its award cell",
      proposalsOf(GK, "individual", 4, 0, 10),
      25,
      awards,
      [[3, "proposal.over-limit", "E13", 3, 4]],
    ],
    [
      "every row past the limit, thematic ones counted with the regular",
      proposalsOf(GK, "individual", 5, 3, 10),
      12,
      awards,
      [
        [2, "proposal.over-limit", "E12", 2, 3],
        [3, "proposal.over-limit", "E13", 2, 4],
        [4, "proposal.over-limit", "E14", 2, 5],
      ],
    ],
    [
      "rows of other awards in between, which do not count against it",
      [
        proposalOf(GK, "individual", "regular", { row: 4 }),
        proposalOf(BK, "individual", "regular", { row: 5 }),
        proposalOf(GK, "collective", "regular", { row: 6 }),
        proposalOf(GK, "individual", "regular", { row: 7 }),
      ],
      5,
      awards,
      [[3, "proposal.over-limit", "E7", 1, 2]],
    ],
    [
      "a unit with no members: any individual Giấy khen",
      proposalsOf(GK, "individual", 1, 0, 4),
      0,
      awards,
      [[0, "proposal.over-limit", "E4", 0, 1]],
    ],
    [
      "a second collective Bằng khen under a count limit of 1",
      proposalsOf(BK, "collective", 2, 0, 4),
      null,
      withCollectiveLimit,
      [[1, "proposal.over-limit", "E5", 1, 2]],
    ],
  ])("reports %s", (_what, proposals, members, catalogue, expected) => {
    expect(over(proposals, members, catalogue)).toEqual(expected);
  });

  it("names the award and the subject in the finding's values", () => {
    const [first] = overLimitProposals(proposalsOf(GK, "individual", 2, 0, 4), awards, 1);
    expect(first?.problem.params).toEqual({
      row: 5,
      limit: 1,
      award: GK,
      subject: "Cá nhân",
      nth: 2,
    });
  });
});
