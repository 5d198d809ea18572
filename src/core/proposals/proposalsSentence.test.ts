import { defaultRules } from "../rules";
import { countProposals } from "./countProposals";
import { proposalsSentence } from "./proposalsSentence";
import { proposalsOf } from "./testing/proposals";

const GK = "Giấy khen của CĐVC tỉnh";
const BK = "Bằng khen của LĐLĐ tỉnh";
const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const BK_TLD = "Bằng khen của Tổng Liên đoàn";
const MEDAL = "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn";

/** The counts of seed 000's proposals to the province and to the union itself. */
const SEED_PROPOSALS = [
  ...proposalsOf(GK, "collective", 26, 6),
  ...proposalsOf(GK, "individual", 76, 31),
  ...proposalsOf(BK, "collective", 10, 4),
  ...proposalsOf(BK, "individual", 22, 1),
  ...proposalsOf(FLAG, "collective", 2),
];

// DOMAIN.md, "Proposals from the units", word for word.
const DOMAIN_QUOTE =
  "đề nghị LĐLĐ tỉnh tặng 02 cờ thi đua, 10 Bằng khen cho tập thể (trong đó có 04 tập thể khen chuyên đề) và 22 Bằng khen cho cá nhân (trong đó có 01 cá nhân khen chuyên đề); CĐVC tỉnh tặng 26 giấy khen cho tập thể (trong đó có 06 tập thể khen chuyên đề) và 76 giấy khen cho cá nhân (trong đó có 31 cá nhân khen chuyên đề).";

const sentence = (proposals: Parameters<typeof countProposals>[0], lang?: "vi" | "en") =>
  proposalsSentence(countProposals(proposals, defaultRules.awards), lang);

describe("proposalsSentence", () => {
  it("reproduces the seed's sentence from proposals that give its counts", () => {
    expect(sentence(SEED_PROPOSALS)).toBe(`Ban Thường vụ CĐVC tỉnh ${DOMAIN_QUOTE}`);
  });

  it("puts the Confederation's awards first, as the seed does, in the same wording as the others", () => {
    const withTld = [
      ...proposalsOf(BK_TLD, "collective", 2),
      ...proposalsOf(BK_TLD, "individual", 2),
      ...SEED_PROPOSALS,
    ];
    expect(sentence(withTld)).toBe(
      `Ban Thường vụ CĐVC tỉnh đề nghị Tổng Liên đoàn tặng 02 Bằng khen cho tập thể và 02 Bằng khen cho cá nhân; ${DOMAIN_QUOTE}`,
    );
  });

  it.each([
    [
      "only the union's own awards: no request, no Standing Committee",
      proposalsOf(GK, "individual", 3),
      "CĐVC tỉnh tặng 03 giấy khen cho cá nhân.",
    ],
    [
      "only thematic ones",
      proposalsOf(GK, "collective", 12, 12),
      "CĐVC tỉnh tặng 12 giấy khen cho tập thể (trong đó có 12 tập thể khen chuyên đề).",
    ],
    [
      "an award for individuals only, counted without 'cho cá nhân'",
      proposalsOf(MEDAL, "individual", 5, 2),
      "Ban Thường vụ CĐVC tỉnh đề nghị Tổng Liên đoàn tặng 05 kỷ niệm chương (trong đó có 02 cá nhân khen chuyên đề).",
    ],
    [
      "the Confederation's two awards, the medal after the Bằng khen in the catalogue and so first",
      [...proposalsOf(BK_TLD, "individual", 1), ...proposalsOf(MEDAL, "individual", 10)],
      "Ban Thường vụ CĐVC tỉnh đề nghị Tổng Liên đoàn tặng 10 kỷ niệm chương, 01 Bằng khen cho cá nhân.",
    ],
  ])("words %s", (_what, proposals, expected) => {
    expect(sentence(proposals)).toBe(expected);
  });

  it("says nothing when nothing is proposed", () => {
    expect(sentence([])).toBeNull();
  });

  it("speaks English when asked, starting with a capital", () => {
    expect(sentence(proposalsOf(GK, "individual", 3, 1), "en")).toBe(
      "The provincial public employees' union awards 03 giấy khen to individuals (of which 01 individuals for a thematic campaign).",
    );
  });
});
