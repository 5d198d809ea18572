import { rankWithTieBreakers } from "../ranking/rankWithTieBreakers";
import type { ClassCode, Rules } from "../rules";
import { floorShare } from "./floorShare";
import { takeWholeTies } from "./takeWholeTies";

/**
 * One unit as the quota sees it: its class after caps, its score and tie-breakers.
 *
 * @example
 * const u: QuotaUnit = { classification: "HTXS", score: 93.5 };
 */
export interface QuotaUnit {
  readonly classification: ClassCode;
  readonly score: number;
  readonly tieBreakers?: readonly (number | null)[];
}

/**
 * What the quota decides: its limit, the number of units it is a share of, how many held the
 * class, and the units to move down (positions in the input, best first), each marked when it
 * moves because it is tied with a unit at the limit's edge.
 *
 * @example
 * const cut: QuotaCut = { limit: 1, base: 5, before: 2, demoted: [{ index: 3, tied: true }] };
 */
export interface QuotaCut {
  readonly limit: number | null;
  readonly base: number;
  readonly before: number;
  readonly demoted: readonly { readonly index: number; readonly tied: boolean }[];
}

/**
 * Applies the quota (DOMAIN.md, "Quota"): the units holding the quota's class may not exceed
 * `max(min, floor(share × units in the classes of "of"))`, counted after caps. Past the limit
 * the lowest-ranked units move down; the ranking is by score, split by tie-breakers when the
 * units carry them. Units tied at the limit's edge move together, even when that leaves fewer
 * than the limit, or none: the limit is never exceeded (see {@link takeWholeTies}).
 * Without a quota (`null`) nobody moves.
 *
 * @example
 * quotaDemotions(
 *   [{ classification: "HTXS", score: 95 }, { classification: "HTXS", score: 92 },
 *    { classification: "HTT", score: 80 }, { classification: "HTT", score: 75 }],
 *   { class: "HTXS", share: 0.2, of: ["HTXS", "HTT"], rounding: "floor", min: 1 },
 * ) // { limit: 1, base: 4, before: 2, demoted: [{ index: 1, tied: false }] }
 */
export function quotaDemotions(units: readonly QuotaUnit[], quota: Rules["quota"]): QuotaCut {
  if (quota === null) return { limit: null, base: 0, before: 0, demoted: [] };
  const of: readonly ClassCode[] = quota.of;
  const base = units.filter((unit) => of.includes(unit.classification)).length;
  const limit = Math.max(quota.min, floorShare(quota.share, base));
  const holders = units.flatMap((unit, index) =>
    unit.classification === quota.class ? [index] : [],
  );
  if (holders.length <= limit) return { limit, base, before: holders.length, demoted: [] };
  const ranks = rankWithTieBreakers(
    holders.map((index) => ({
      score: units[index]!.score,
      tieBreakers: units[index]!.tieBreakers ?? [],
    })),
  );
  const rankOf = new Map(holders.map((index, k) => [index, ranks[k] ?? 0]));
  const ordered = [...holders].sort((a, b) => rankOf.get(a)! - rankOf.get(b)! || a - b);
  const cut = takeWholeTies(ordered, limit, (index) => rankOf.get(index)!);
  return {
    limit,
    base,
    before: holders.length,
    demoted: [
      ...cut.tiedOut.map((index) => ({ index, tied: true })),
      ...cut.beyond.map((index) => ({ index, tied: false })),
    ],
  };
}
