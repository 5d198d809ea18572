import type { rulesFindings, rulesTexts } from "../messages/catalog/rules";
import type { MessageParams } from "../messages/format";
import { parsePeriod } from "../period/parsePeriod";
import { foldText } from "../text/foldText";
import { formatJsonPath } from "./jsonPath";
import { parseDeadline } from "./parseDeadline";

type Path = readonly (string | number)[];

/**
 * A problem between fields of a rules file, found after (or despite) the fields' own checks:
 * where it is, which finding reports it, the value seen there, and what was expected instead
 * (a catalog text id with its parameters, rendered in the reader's language later).
 *
 * @example
 * const problem: RulesProblem = { path: ["caps", 0, "indicator"],
 *   finding: "config.unknown-indicator", seen: "CL09" };
 */
export interface RulesProblem {
  readonly path: Path;
  readonly finding: keyof typeof rulesFindings;
  readonly seen: unknown;
  readonly expected?: { readonly id: keyof typeof rulesTexts; readonly params?: MessageParams };
  readonly params?: MessageParams;
}

type Indicators = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

// Sums of decimal max points (12.5 + 7.5 + …) carry float noise; nobody means 99.9999999.
const TOTAL_TOLERANCE = 1e-9;
const TOTAL_POINTS = 100;

/**
 * Checks the fields of a rules file against each other: unique indicator and criterion codes
 * (ignoring case), criteria max points summing to 100, thresholds descending, every indicator,
 * criterion and award rule named in `atMost`, caps, tie-breakers and `excludeAwards` existing
 * and fit for its use, award names and aliases naming one award only (ignoring case,
 * diacritics and spacing), per-unit limits well formed, the members indicator existing and
 * numeric, a readable period and deadline, and the inflated-size limit not below the
 * file-size limit. The input may be partly invalid (it is what zod saw): a field of the wrong
 * type is skipped here, zod reports it. Returns every problem, in document order.
 *
 * @example
 * checkRulesConsistency(defaultRules) // []
 * checkRulesConsistency({ ...defaultRules, caps: [{ indicator: "CL09", when: "not-met", maxClass: "HT" }] })
 * // [{ path: ["caps", 0, "indicator"], finding: "config.unknown-indicator", seen: "CL09" }]
 */
export function checkRulesConsistency(input: unknown): RulesProblem[] {
  if (!isRecord(input)) return [];
  const problems: RulesProblem[] = [];
  const add = (problem: RulesProblem) => problems.push(problem);

  checkPeriodAndDeadline(input, add);
  const indicators = checkIndicators(records(input.indicators), add);
  const criteria = checkCriteria(records(input.criteria), add);
  checkThresholds(input.thresholds, add);
  checkCaps(records(input.caps), indicators, add);
  checkQuota(input.quota, add);
  checkTieBreakers(records(input.tieBreakers), indicators, criteria, add);
  checkAwardRules(records(input.awardRules), add);
  checkAwards(records(input.awards), add);
  checkMembersIndicator(input.membersIndicator, indicators, add);
  checkLimits(input.limits, add);
  return problems;
}

type Add = (problem: RulesProblem) => void;

function checkPeriodAndDeadline(input: Record<string, unknown>, add: Add): void {
  if (typeof input.period === "string" && parsePeriod(input.period) === null) {
    add({ path: ["period"], finding: "config.period-invalid", seen: input.period });
  }
  if (typeof input.deadline === "string" && parseDeadline(input.deadline) === null) {
    add({ path: ["deadline"], finding: "config.deadline-invalid", seen: input.deadline });
  }
}

function checkIndicators(list: IndexedRecord[], add: Add): Indicators {
  const byCode = firstByKey(list, "code", "indicators", (code) => code.toUpperCase(), add);
  for (const [i, indicator] of list) {
    const at = (key: string): Path => ["indicators", i, key];
    if (
      indicator.yesTarget !== undefined &&
      isString(indicator.kind) &&
      indicator.kind !== "yesno"
    ) {
      add(invalid(at("yesTarget"), indicator.yesTarget, "rules.expected.yes-no-indicator"));
    }
    const bound = indicator.atMost;
    if (!isString(bound)) continue;
    const other = byCode.get(bound.toUpperCase());
    if (isString(indicator.code) && bound.toUpperCase() === indicator.code.toUpperCase()) {
      add(invalid(at("atMost"), bound, "rules.expected.other-indicator"));
    } else if (!other) {
      add({ path: at("atMost"), finding: "config.unknown-indicator", seen: bound });
    } else if (other.kind === "yesno" || indicator.kind === "yesno") {
      add(invalid(at("atMost"), bound, "rules.expected.numeric-indicator"));
    }
  }
  return byCode;
}

function checkCriteria(list: IndexedRecord[], add: Add): ReadonlySet<string> {
  const byCode = firstByKey(list, "code", "criteria", (code) => code.toUpperCase(), add);
  const points = list.map(([, criterion]) => criterion.maxPoints);
  if (list.length > 0 && points.every(isFiniteNumber)) {
    const total = points.reduce((sum, p) => sum + p, 0);
    if (Math.abs(total - TOTAL_POINTS) > TOTAL_TOLERANCE) {
      // Rounded for display only: 99.99999999 is shown as 100 but still reported.
      add({ path: ["criteria"], finding: "config.criteria-total", seen: round6(total) });
    }
  }
  return new Set(byCode.keys());
}

const THRESHOLD_ORDER = ["HTXS", "HTT", "HT"] as const;

function checkThresholds(thresholds: unknown, add: Add): void {
  if (!isRecord(thresholds)) return;
  for (let k = 1; k < THRESHOLD_ORDER.length; k++) {
    const higherClass = THRESHOLD_ORDER[k - 1]!;
    const lowerClass = THRESHOLD_ORDER[k]!;
    const higher = thresholds[higherClass];
    const lower = thresholds[lowerClass];
    if (isFiniteNumber(higher) && isFiniteNumber(lower) && lower >= higher) {
      add({
        path: ["thresholds", lowerClass],
        finding: "config.thresholds-order",
        seen: lower,
        params: { class: lowerClass, higherClass, higher },
      });
    }
  }
}

function checkCaps(list: IndexedRecord[], indicators: Indicators, add: Add): void {
  for (const [i, cap] of list) {
    const code = cap.indicator;
    if (!isString(code)) continue;
    const indicator = indicators.get(code.toUpperCase());
    const path: Path = ["caps", i, "indicator"];
    if (!indicator) add({ path, finding: "config.unknown-indicator", seen: code });
    else if (indicator.kind !== "yesno" && indicator.hasTarget !== true) {
      add(invalid(path, code, "rules.expected.measurable-indicator"));
    }
  }
}

function checkQuota(quota: unknown, add: Add): void {
  if (!isRecord(quota) || !Array.isArray(quota.of)) return;
  duplicatesIn(quota.of, ["quota", "of"], add);
}

function checkTieBreakers(
  list: IndexedRecord[],
  indicators: Indicators,
  criteria: ReadonlySet<string>,
  add: Add,
): void {
  for (const [i, breaker] of list) {
    if (isString(breaker.criterion) && !criteria.has(breaker.criterion.toUpperCase())) {
      add({
        path: ["tieBreakers", i, "criterion"],
        finding: "config.unknown-criterion",
        seen: breaker.criterion,
      });
    }
    if (!isString(breaker.indicator)) continue;
    const path: Path = ["tieBreakers", i, "indicator"];
    const indicator = indicators.get(breaker.indicator.toUpperCase());
    if (!indicator) add({ path, finding: "config.unknown-indicator", seen: breaker.indicator });
    else if (indicator.kind === "yesno" || indicator.hasTarget !== true) {
      add(invalid(path, breaker.indicator, "rules.expected.rate-indicator"));
    }
  }
}

function checkAwardRules(list: IndexedRecord[], add: Add): void {
  const byName = firstByKey(list, "name", "awardRules", foldName, add);
  for (const [i, rule] of list) {
    if (Array.isArray(rule.classes)) duplicatesIn(rule.classes, ["awardRules", i, "classes"], add);
    if (isRecord(rule.limit) && "perCluster" in rule.limit && rule.scope === "province") {
      add(invalid(["awardRules", i, "scope"], rule.scope, "rules.expected.cluster-scope"));
    }
    if (!Array.isArray(rule.excludeAwards)) continue;
    rule.excludeAwards.forEach((name: unknown, j) => {
      if (isString(name) && !byName.has(foldName(name))) {
        add({
          path: ["awardRules", i, "excludeAwards", j],
          finding: "config.unknown-award",
          seen: name,
        });
      }
    });
  }
}

function checkAwards(list: IndexedRecord[], add: Add): void {
  // A name or alias that folds to one already seen on another award would make a proposal's
  // "Hình thức đề nghị" match two awards.
  const owners = new Map<string, { award: number; path: Path }>();
  const claim = (award: number, name: unknown, path: Path) => {
    if (!isString(name)) return;
    const key = foldName(name);
    const owner = owners.get(key);
    if (!owner) owners.set(key, { award, path });
    else if (owner.award !== award) {
      add({
        path,
        finding: "config.duplicate",
        seen: name,
        params: { other: formatJsonPath(owner.path) },
      });
    }
  };
  for (const [i, award] of list) {
    claim(i, award.name, ["awards", i, "name"]);
    if (Array.isArray(award.aliases)) {
      award.aliases.forEach((alias: unknown, j) => claim(i, alias, ["awards", i, "aliases", j]));
    }
    checkPerUnitLimits(award, i, add);
  }
}

function checkPerUnitLimits(award: Record<string, unknown>, i: number, add: Add): void {
  const limits = records(award.perUnitLimits);
  firstByKey(limits, "recipient", ["awards", i, "perUnitLimits"], (r) => r, add);
  for (const [k, limit] of limits) {
    const at = (key?: string): Path => ["awards", i, "perUnitLimits", k, ...(key ? [key] : [])];
    const hasCount = limit.count !== undefined;
    const hasShare = limit.shareOfMembers !== undefined;
    if (hasCount === hasShare) add(invalid(at(), limit, "rules.expected.count-or-share"));
    else if (hasShare !== (limit.rounding !== undefined)) {
      add(invalid(at("rounding"), limit.rounding, "rules.expected.rounding-with-share"));
    }
    const recipients = award.recipients;
    if (isString(recipients) && recipients !== "both" && isString(limit.recipient)) {
      if (limit.recipient !== recipients) {
        add(
          invalid(at("recipient"), limit.recipient, "rules.expected.recipient-of-award", {
            recipients,
          }),
        );
      }
    }
  }
}

function checkMembersIndicator(code: unknown, indicators: Indicators, add: Add): void {
  if (!isString(code)) return;
  const indicator = indicators.get(code.toUpperCase());
  const path: Path = ["membersIndicator"];
  if (!indicator) add({ path, finding: "config.unknown-indicator", seen: code });
  else if (indicator.kind === "yesno") add(invalid(path, code, "rules.expected.numeric-indicator"));
}

function checkLimits(limits: unknown, add: Add): void {
  if (!isRecord(limits)) return;
  const { maxFileMB, maxInflatedMB } = limits;
  if (isFiniteNumber(maxFileMB) && isFiniteNumber(maxInflatedMB) && maxInflatedMB < maxFileMB) {
    add({
      path: ["limits", "maxInflatedMB"],
      finding: "config.out-of-range",
      seen: maxInflatedMB,
      expected: { id: "rules.expected.inflated-not-below-file", params: { limit: maxFileMB } },
    });
  }
}

type IndexedRecord = readonly [number, Readonly<Record<string, unknown>>];

/** The object entries of a list with their positions; anything else is zod's to report. */
function records(value: unknown): IndexedRecord[] {
  if (!Array.isArray(value)) return [];
  const out: IndexedRecord[] = [];
  value.forEach((item: unknown, i) => {
    if (isRecord(item)) out.push([i, item]);
  });
  return out;
}

/**
 * Indexes a list by one string field, reporting each entry whose key was already taken by an
 * earlier one (at the later entry, pointing back to the first).
 */
function firstByKey(
  list: IndexedRecord[],
  field: string,
  at: string | Path,
  keyOf: (value: string) => string,
  add: Add,
): Map<string, Readonly<Record<string, unknown>>> {
  const base: Path = typeof at === "string" ? [at] : at;
  const first = new Map<string, Readonly<Record<string, unknown>>>();
  const firstIndex = new Map<string, number>();
  for (const [i, item] of list) {
    const value = item[field];
    if (!isString(value)) continue;
    const key = keyOf(value);
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      first.set(key, item);
      firstIndex.set(key, i);
    } else {
      add({
        path: [...base, i, field],
        finding: "config.duplicate",
        seen: value,
        params: { other: formatJsonPath([...base, earlier, field]) },
      });
    }
  }
  return first;
}

/** Reports repeated strings in a list of class codes and the like. */
function duplicatesIn(list: readonly unknown[], path: Path, add: Add): void {
  const seen = new Map<string, number>();
  list.forEach((value, j) => {
    if (!isString(value)) return;
    const earlier = seen.get(value);
    if (earlier === undefined) seen.set(value, j);
    else {
      add({
        path: [...path, j],
        finding: "config.duplicate",
        seen: value,
        params: { other: formatJsonPath([...path, earlier]) },
      });
    }
  });
}

function invalid(
  path: Path,
  seen: unknown,
  id: keyof typeof rulesTexts,
  params?: MessageParams,
): RulesProblem {
  return { path, finding: "config.invalid", seen, expected: params ? { id, params } : { id } };
}

/** Award names compare as proposals match them: ignoring case, diacritics and spacing. */
function foldName(name: string): string {
  return foldText(name).replace(/ /g, "");
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
