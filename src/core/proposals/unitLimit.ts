import { roundHalfAwayFromZero } from "../numbers";
import type { Award } from "../rules";

/**
 * A per-unit limit of the award catalogue: how many proposals of one award for one kind of
 * recipient a unit may make.
 *
 * @example
 * const limit: PerUnitLimit = { recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" };
 */
export type PerUnitLimit = Award["perUnitLimits"][number];

/**
 * How many proposals a per-unit limit allows a unit: its `count`, or its share of the unit's
 * members rounded as configured (up unless `floor`). The product is read at 9 decimals first,
 * so binary noise cannot add a proposal (0.1 × 30 is 3.0000000000000004 in floating point, and
 * allows 3). Null when the limit is a share and the members are unknown: the members figure
 * has its own finding, and no limit is guessed.
 *
 * @example
 * unitLimit({ recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" }, 25) // 3
 * unitLimit({ recipient: "collective", count: 1 }, 25) // 1
 * unitLimit({ recipient: "individual", shareOfMembers: 0.1, rounding: "ceil" }, null) // null
 */
export function unitLimit(limit: PerUnitLimit, members: number | null): number | null {
  if (limit.count !== undefined) return limit.count;
  if (limit.shareOfMembers === undefined) return null;
  if (members === null || !Number.isFinite(members) || members < 0) return null;
  const exact = roundHalfAwayFromZero(limit.shareOfMembers * members, 9);
  return limit.rounding === "floor" ? Math.floor(exact) : Math.ceil(exact);
}
