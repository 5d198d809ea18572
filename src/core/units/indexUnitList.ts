import type { ExpectedUnit } from "./expectedUnit";
import { unitCodeKey } from "./unitCodeKey";

// Rules are values nobody changes once read, so a list is indexed once however many units
// look themselves up in it (5,000 units × a list of 5,000 would otherwise be 25 million
// comparisons). Keyed by the list itself, the cache goes when the list does.
const indexes = new WeakMap<readonly ExpectedUnit[], ReadonlyMap<string, ExpectedUnit>>();
const EMPTY: ReadonlyMap<string, ExpectedUnit> = new Map();

/**
 * The list of expected units by code ({@link unitCodeKey}), to find the entry a submission
 * belongs to; the first entry wins should a code repeat (the rules schema reports it). The
 * list must not be changed after it is indexed (rules never are).
 *
 * @example
 * indexUnitList([{ code: "cd001", name: "CĐCS Sở Y tế", membership: "direct" }]).get("CD001")?.name
 * // "CĐCS Sở Y tế"
 */
export function indexUnitList(
  units: readonly ExpectedUnit[] | undefined,
): ReadonlyMap<string, ExpectedUnit> {
  if (!units || units.length === 0) return EMPTY;
  const known = indexes.get(units);
  if (known) return known;
  const byCode = new Map<string, ExpectedUnit>();
  for (const unit of units) {
    const key = unitCodeKey(unit.code);
    if (!byCode.has(key)) byCode.set(key, unit);
  }
  indexes.set(units, byCode);
  return byCode;
}
