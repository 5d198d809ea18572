import { duplicateProposals } from "./duplicateProposals";
import { proposalOf } from "./testing/proposals";

const GK = "Giấy khen của CĐVC tỉnh";
const BK = "Bằng khen của LĐLĐ tỉnh";

const person = (row: number, name: string, position = "Kế toán", award = GK) =>
  proposalOf(award, "individual", "regular", { row, name, position });
const collective = (row: number, name: string, award = GK) =>
  proposalOf(award, "collective", "regular", { row, name });

describe("duplicateProposals", () => {
  it.each([
    ["different people", [person(4, "Lê Văn An"), person(5, "Trần Thị Bình")]],
    [
      "two people of one name in different positions",
      [person(4, "Nguyễn Văn Hùng", "Kế toán"), person(5, "Nguyễn Văn Hùng", "Bảo vệ")],
    ],
    [
      "names that differ in a diacritic",
      [person(4, "Nguyễn Văn Hùng"), person(5, "Nguyễn Văn Hưng")],
    ],
    [
      "a person and a collective of the same name",
      [person(4, "Văn phòng"), collective(5, "Văn phòng")],
    ],
  ])("finds nothing in %s", (_what, proposals) => {
    expect(duplicateProposals(proposals)).toEqual([]);
  });

  it.each([
    [
      "the same person twice, at the second row's name cell",
      [person(4, "Lê Văn An"), person(5, "Trần Thị Bình"), person(6, "Lê Văn An")],
      [[2, "B6", { row: 6, name: "Lê Văn An", firstRow: 4 }]],
    ],
    [
      "the same person for two awards, written in another case and spacing",
      [person(4, "Lê Văn An", "Kế toán", GK), person(9, "LÊ  VĂN AN", "kế toán", BK)],
      [[1, "B9", { row: 9, name: "LÊ  VĂN AN", firstRow: 4 }]],
    ],
    [
      "the unit's collective three times, each later row naming the first",
      [
        collective(4, "CĐCS Sở Y tế"),
        collective(5, "CĐCS Sở Y tế", BK),
        collective(7, "cđcs sở y tế"),
      ],
      [
        [1, "B5", { row: 5, name: "CĐCS Sở Y tế", firstRow: 4 }],
        [2, "B7", { row: 7, name: "cđcs sở y tế", firstRow: 4 }],
      ],
    ],
  ])("reports %s", (_what, proposals, expected) => {
    expect(
      duplicateProposals(proposals).map((d) => [d.index, d.problem.cell, d.problem.params]),
    ).toEqual(expected);
    expect(duplicateProposals(proposals).map((d) => d.problem.code)).toEqual(
      expected.map(() => "proposal.duplicate-person"),
    );
  });
});
