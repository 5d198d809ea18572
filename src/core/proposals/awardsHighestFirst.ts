import type { Award } from "../rules";

/**
 * The level that grants an award: the provincial union itself, the provincial Federation of
 * Labour, or the national Confederation.
 *
 * @example
 * const level: AwardLevel = "LĐLĐ tỉnh";
 */
export type AwardLevel = Award["level"];

/** The levels from the one that grants the highest awards down. */
export const AWARD_LEVELS: readonly AwardLevel[] = ["TLĐ", "LĐLĐ tỉnh", "CĐVC"];

/**
 * The awards of the catalogue in the order lists and sentences give them: by the level that
 * grants them from the highest (TLĐ, LĐLĐ tỉnh, CĐVC), and within a level from the highest
 * award down. The catalogue lists awards from the lowest up (Giấy khen before Bằng khen before
 * Cờ thi đua), so within a level this is the catalogue's order reversed.
 *
 * @example
 * awardsHighestFirst(defaultRules.awards).map((a) => a.name)
 * // ["Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", "Bằng khen của Tổng Liên đoàn",
 * //  "Cờ thi đua của LĐLĐ tỉnh", "Bằng khen của LĐLĐ tỉnh", "Giấy khen của CĐVC tỉnh"]
 */
export function awardsHighestFirst(awards: readonly Award[]): Award[] {
  const reversed = [...awards].reverse();
  return AWARD_LEVELS.flatMap((level) => reversed.filter((award) => award.level === level));
}
