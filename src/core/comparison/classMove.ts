import type { ClassCode } from "../rules";

/**
 * How a unit's class moved from one period to the next.
 *
 * @example
 * const move: ClassMove = "up";
 */
export type ClassMove = "up" | "down" | "same";

// Best first. CXL is no class at all, so it has no place in the order.
const ORDER: readonly ClassCode[] = ["HTXS", "HTT", "HT", "KHT"];

/**
 * Whether a unit's class went up, down or stayed, from the previous period to the current one.
 * `null` when either period has no class to compare: the unit was absent, or not classified
 * (CXL) in one of them.
 *
 * @example
 * classMove("HTT", "HTXS") // "up"
 * classMove("HTXS", "HT") // "down"
 * classMove("HTT", "HTT") // "same"
 * classMove("CXL", "HTT") // null
 */
export function classMove(
  previous: ClassCode | null | undefined,
  current: ClassCode | null | undefined,
): ClassMove | null {
  const before = previous ? ORDER.indexOf(previous) : -1;
  const after = current ? ORDER.indexOf(current) : -1;
  if (before < 0 || after < 0) return null;
  if (after === before) return "same";
  return after < before ? "up" : "down";
}
