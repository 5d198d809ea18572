import { roundHalfAwayFromZero } from "../numbers";

/**
 * A share of a count, rounded down: the limit of a quota ("20% of the units classified HTT or
 * HTXS") or of an award ("at most 30% of the units classified"). The product is first read at
 * 9 decimals so that binary noise cannot take a whole unit away (0.29 × 100 is
 * 28.999999999999996 in floating point, and is 29 units).
 *
 * @example
 * floorShare(0.2, 16) // 3
 * floorShare(0.29, 100) // 29
 * floorShare(0.3, 0) // 0
 */
export function floorShare(share: number, count: number): number {
  if (!Number.isFinite(share) || !Number.isFinite(count)) {
    throw new RangeError(`floorShare: share ${share} of ${count} is not a number`);
  }
  return Math.max(0, Math.floor(roundHalfAwayFromZero(share * count, 9)));
}
