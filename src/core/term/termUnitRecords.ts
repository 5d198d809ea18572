import type { UnitStanding } from "../comparison/comparePeriods";
import type { PeriodResult, PeriodUnit } from "../comparison/periodResult";
import type { ClassCounts } from "../consolidation/types";

/**
 * One unit's record across the years of a term: where it stood each year (`null` in a year it
 * was not consolidated), how many years it holds each class, and in how many years it was
 * consolidated. Its name and cluster are those of the latest year it was in.
 *
 * @example
 * const record: TermUnitRecord = {
 *   code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1",
 *   years: [{ score: 92, rank: 1, clusterRank: 1, classification: "HTXS" }, null],
 *   counts: { HTXS: 1, HTT: 0, HT: 0, KHT: 0, CXL: 0 }, consolidated: 1,
 * };
 */
export interface TermUnitRecord {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  /** Parallel to the years given, in their order. */
  readonly years: readonly (UnitStanding | null)[];
  readonly counts: ClassCounts;
  readonly consolidated: number;
}

/**
 * Every unit seen in any year of a term, with its record (see {@link TermUnitRecord}): the
 * units of the last year by their rank that year, then the units that were not in it, in the
 * order they first appear.
 *
 * @example
 * termUnitRecords([year2022, year2023]).map((r) => r.code) // ["CD03", "CD01", …, "CD09"]
 */
export function termUnitRecords(years: readonly PeriodResult[]): TermUnitRecord[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const last = years.at(-1);
  const lastRanked = last
    ? [...last.units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    : [];
  for (const unit of [...lastRanked, ...years.flatMap((y) => y.units)]) {
    if (!seen.has(unit.code)) {
      seen.add(unit.code);
      order.push(unit.code);
    }
  }
  const byYear = years.map((y) => new Map(y.units.map((u) => [u.code, u])));
  return order.map((code) => {
    const found = byYear.map((year) => year.get(code) ?? null);
    const latest = [...found].reverse().find((u): u is PeriodUnit => u !== null)!;
    const counts: ClassCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };
    for (const unit of found) if (unit?.classification) counts[unit.classification]++;
    return {
      code,
      name: latest.name,
      cluster: latest.cluster,
      years: found.map((u) =>
        u === null
          ? null
          : {
              score: u.score,
              rank: u.rank,
              clusterRank: u.clusterRank,
              classification: u.classification,
            },
      ),
      counts,
      consolidated: found.filter((u) => u !== null).length,
    };
  });
}
