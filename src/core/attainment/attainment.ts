/**
 * Whether more of an indicator is better (new members) or less is (members lost, complaints).
 *
 * @example
 * const membersLost: Direction = "lower";
 */
export type Direction = "higher" | "lower";

/**
 * The attainment rate of an indicator (DOMAIN.md, "Attainment"), unrounded: actual ÷ target
 * where more is better, target ÷ actual where less is better. There is no rate — `null`, never
 * NaN or Infinity — without a target, with a target of 0 where more is better, or with an input
 * that is negative or not finite (a count or an amount is never below 0, so a negative one is
 * a data error the caller reports, not a rate).
 *
 * Where less is better an actual of 0 meets the target in full (1), whatever the target (so
 * 0 against 0 is met, not 0 ÷ 0), and a target of 0 with an actual above it is not met at all (0).
 *
 * @example
 * attainment(153, 59) // 2.593220338983051 (shown "259%")
 * attainment(2, 4, "lower") // 2 (lost 2 members against an allowance of 4)
 * attainment(0, 3, "lower") // 1
 * attainment(5, 0) // null
 * attainment(5, null) // null
 */
export function attainment(
  actual: number,
  target: number | null | undefined,
  direction: Direction = "higher",
): number | null {
  if (target === null || target === undefined) return null;
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return null;
  if (actual < 0 || target < 0) return null;
  let rate: number;
  if (direction === "higher") {
    if (target === 0) return null;
    rate = actual / target;
  } else {
    if (actual === 0) return 1;
    rate = target / actual;
  }
  // Finite inputs can still overflow (1e308 ÷ 1e-10); a rate that is not a number is no rate.
  return Number.isFinite(rate) ? rate : null;
}
