import type { Award } from "../rules";
import { awardKey } from "./awardKey";

/**
 * The award of the catalogue a unit means by what it typed in `Hình thức đề nghị`: the award
 * whose name or one of whose aliases has the same {@link awardKey} (case, diacritics and
 * spacing ignored). Null when none does, or the text is blank.
 *
 * @example
 * matchAward("gk cđvc", defaultRules.awards)?.name // "Giấy khen của CĐVC tỉnh"
 * matchAward("Bằng khen UBND tỉnh", defaultRules.awards) // null
 */
export function matchAward(text: string, awards: readonly Award[]): Award | null {
  const key = awardKey(text);
  if (key === "") return null;
  return (
    awards.find(
      (award) =>
        awardKey(award.name) === key || award.aliases.some((alias) => awardKey(alias) === key),
    ) ?? null
  );
}
