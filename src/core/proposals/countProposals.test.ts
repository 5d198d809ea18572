import { defaultRules } from "../rules";
import { countProposals } from "./countProposals";
import { proposalOf, proposalsOf } from "./testing/proposals";

const GK = "Giấy khen của CĐVC tỉnh";
const BK = "Bằng khen của LĐLĐ tỉnh";
const FLAG = "Cờ thi đua của LĐLĐ tỉnh";

describe("countProposals", () => {
  it("counts collectives and individuals apart, thematic ones among them", () => {
    const counts = countProposals(
      [
        ...proposalsOf(BK, "collective", 10, 4),
        ...proposalsOf(BK, "individual", 22, 1),
        ...proposalsOf(FLAG, "collective", 2),
      ],
      defaultRules.awards,
    );
    expect(counts.find((c) => c.award === BK)).toEqual({
      award: BK,
      level: "LĐLĐ tỉnh",
      recipients: "both",
      noun: "Bằng khen",
      collective: 10,
      individual: 22,
      collectiveThematic: 4,
      individualThematic: 1,
    });
    expect(counts.find((c) => c.award === FLAG)).toMatchObject({
      collective: 2,
      individual: 0,
      collectiveThematic: 0,
    });
  });

  it("lists every award of the catalogue from the highest, zeros included", () => {
    const counts = countProposals([proposalOf(GK, "individual")], defaultRules.awards);
    expect(counts.map((c) => [c.award, c.individual])).toEqual([
      ["Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", 0],
      ["Bằng khen của Tổng Liên đoàn", 0],
      [FLAG, 0],
      [BK, 0],
      [GK, 1],
    ]);
  });

  it("names an award without a count noun by its name", () => {
    const awards = defaultRules.awards.map(({ countNoun: _noun, ...award }) => award);
    expect(countProposals([], awards).map((c) => c.noun)).toEqual(
      countProposals([], awards).map((c) => c.award),
    );
  });

  it("does not count a proposal of an award the catalogue does not have", () => {
    const counts = countProposals(
      [proposalOf("Bằng khen UBND tỉnh", "individual")],
      defaultRules.awards,
    );
    expect(counts.every((c) => c.individual === 0)).toBe(true);
  });
});
