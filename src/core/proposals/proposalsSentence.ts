import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2 } from "../numbers";
import { AWARD_LEVELS, type AwardLevel } from "./awardsHighestFirst";
import type { AwardProposalCount } from "./countProposals";

const LEVEL_TEXT = {
  TLĐ: "proposal.level.TLD",
  "LĐLĐ tỉnh": "proposal.level.LDLD",
  CĐVC: "proposal.level.CDVC",
} as const satisfies Record<AwardLevel, string>;

/**
 * The award proposals as the province's report words them (seed 000): grouped by the level
 * that grants the awards, from the highest; the levels above the provincial union are asked
 * ("đề nghị LĐLĐ tỉnh tặng …") and the union grants its own ("CĐVC tỉnh tặng …"), all under
 * its Standing Committee. Within a level the awards go from the highest, each counted in its
 * `countNoun`; an award for both kinds of recipient is counted for collectives and for
 * individuals apart, "(trong đó có NN … khen chuyên đề)" following a count only when some are
 * thematic. Counts under 10 have two digits. `counts` come from countProposals, already in
 * this order. Null when nothing is proposed.
 *
 * @example
 * proposalsSentence(countProposals(counted, defaultRules.awards))
 * // "Ban Thường vụ CĐVC tỉnh đề nghị LĐLĐ tỉnh tặng 02 cờ thi đua, 10 Bằng khen cho tập thể
 * //  (trong đó có 04 tập thể khen chuyên đề) và 22 Bằng khen cho cá nhân (trong đó có 01 cá
 * //  nhân khen chuyên đề); CĐVC tỉnh tặng 26 giấy khen cho tập thể (…) và 76 giấy khen cho
 * //  cá nhân (trong đó có 31 cá nhân khen chuyên đề)."
 */
export function proposalsSentence(
  counts: readonly AwardProposalCount[],
  lang: Lang = "vi",
): string | null {
  let asks = false;
  const clauses: string[] = [];
  for (const level of AWARD_LEVELS) {
    const phrases = counts
      .filter((count) => count.level === level && count.collective + count.individual > 0)
      .map((count) => awardPhrase(count, lang));
    if (phrases.length === 0) continue;
    const params = { level: text(LEVEL_TEXT[level], lang), awards: phrases.join(", ") };
    const own = level === "CĐVC";
    asks ||= !own;
    clauses.push(text(own ? "sentence.proposals.own" : "sentence.proposals.request", lang, params));
  }
  if (clauses.length === 0) return null;
  const sentence = text(asks ? "sentence.proposals" : "sentence.proposals.own-only", lang, {
    clauses: clauses.join("; "),
  });
  return sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);
}

function awardPhrase(count: AwardProposalCount, lang: Lang): string {
  const thematic = (id: "collective" | "individual", n: number) =>
    n > 0 ? text(`sentence.proposals.${id}-thematic`, lang, { count: formatCount2(n) }) : "";
  if (count.recipients !== "both") {
    const subject = count.recipients;
    return text("sentence.proposals.plain", lang, {
      count: formatCount2(count.collective + count.individual),
      noun: count.noun,
      thematic: thematic(subject, count.collectiveThematic + count.individualThematic),
    });
  }
  const parts = (["collective", "individual"] as const)
    .filter((subject) => count[subject] > 0)
    .map((subject) =>
      text(`sentence.proposals.${subject}`, lang, {
        count: formatCount2(count[subject]),
        noun: count.noun,
        thematic: thematic(subject, count[`${subject}Thematic`]),
      }),
    );
  return parts.join(text("sentence.proposals.and", lang));
}
