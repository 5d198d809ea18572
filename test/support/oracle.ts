/**
 * The test oracle of the consolidation: a deliberately plain re-implementation of DOMAIN.md's
 * default rules (score, CXL, thresholds, the CL01 cap, the HTXS quota, competition ranking,
 * totals and attainment), computed from the values a test generated, never from the product's
 * reading of the files. It shares no code with `src/core`: its own tables, its own arithmetic
 * (scores in whole thousandths, so no rounding question is decided by binary noise), its own
 * statement of each rule. Where the two disagree, one of them misreads DOMAIN.md.
 *
 * Decisions DOMAIN.md leaves to the code, taken as src/core documents them:
 * - a unit's actual counts in the province's total even when the unit set no target; the total
 *   target sums the targets given (provincialTotals.ts);
 * - a yes/no indicator whose target is Có has the rate "units that answered Có ÷ units that
 *   answered"; other yes/no indicators have no rate;
 * - a unit founded on the same day of the month six months before the day after the period
 *   ends has had its six months (founded 01/07/2024, period ending 31/12/2024: classified);
 * - of several copies from one unit in the period, the latest report date wins and the others
 *   are replaced by it; copies tied on the latest date are all rejected.
 */
import type { CellInput, UnitValues } from "./validUnitValues";

export type OracleClass = "HTXS" | "HTT" | "HT" | "KHT" | "CXL";
export type OracleStatus = "included" | "rejected" | "replaced";

/** DOMAIN.md, "Default indicators": what the totals need to know of each. */
interface IndicatorDef {
  readonly code: string;
  readonly kind: "number" | "yesno";
  readonly lowerIsBetter?: boolean;
  /** A yes/no indicator whose target is Có. */
  readonly yesTarget?: boolean;
}

export const ORACLE_INDICATORS: readonly IndicatorDef[] = [
  { code: "DV01", kind: "number" },
  { code: "DV02", kind: "number" },
  { code: "DV03", kind: "number" },
  { code: "DV04", kind: "number" },
  { code: "DV05", kind: "number", lowerIsBetter: true },
  { code: "CL01", kind: "yesno", yesTarget: true },
  { code: "CL02", kind: "number" },
  { code: "CL03", kind: "number" },
  { code: "CL04", kind: "number" },
  { code: "CL05", kind: "number" },
  { code: "CL06", kind: "number" },
  { code: "TD01", kind: "number" },
  { code: "TD02", kind: "number" },
  { code: "TD03", kind: "number" },
  { code: "TD04", kind: "yesno" },
  { code: "XD01", kind: "number" },
  { code: "XD02", kind: "number" },
  { code: "CB01", kind: "number" },
];

/** DOMAIN.md, "Default criteria": max points, 100 in all. */
export const ORACLE_CRITERIA: Readonly<Record<string, number>> = {
  TC1: 15,
  TC2: 20,
  TC3: 20,
  TC4: 10,
  TC5: 20,
  TC6: 5,
  TC7: 10,
};

const THRESHOLDS: ReadonlyArray<readonly [OracleClass, number]> = [
  ["HTXS", 90],
  ["HTT", 70],
  ["HT", 50],
];
const CXL_MONTHS = 6;
const CAP_INDICATOR = "CL01";
const CAP_CLASS: OracleClass = "HT";
const ORDER: readonly OracleClass[] = ["CXL", "KHT", "HT", "HTT", "HTXS"];

/** A unit as the test wrote it into its workbook. */
export interface OracleUnit {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  /** The period as written in the file ("Năm 2024", "NAM 2024", "Năm 2023"). */
  readonly period: string;
  readonly founded: Date | null;
  readonly reportDate: Date;
  readonly values: UnitValues;
}

/** One file given to the consolidation. */
export interface OracleSubmission {
  readonly file: string;
  /** Null for a file that is not a readable report at all (damaged, not a workbook). */
  readonly unit: OracleUnit | null;
  /** The file carries an error of its own (a seeded defect), so its unit is kept out. */
  readonly errors: boolean;
}

export interface OracleOptions {
  /** The period consolidated, as text ("Năm 2024"). */
  readonly period: string;
  /** Its last day (UTC midnight). */
  readonly periodEnd: Date;
}

/** What the consolidation must say about one file. */
export interface ExpectedUnit {
  readonly file: string;
  readonly code: string | null;
  readonly status: OracleStatus;
  readonly replacedBy: string | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly clusterRank: number | null;
  readonly classification: OracleClass | null;
  /** Why the class is what it is, for the test's own checks of its design. */
  readonly why: "cxl" | "threshold" | "cap" | "quota" | null;
}

export interface ExpectedConsolidation {
  /** By file name. */
  readonly units: ReadonlyMap<string, ExpectedUnit>;
  readonly totals: Readonly<Record<string, number>>;
  readonly attainment: Readonly<Record<string, number>>;
  readonly classificationCounts: Readonly<Record<OracleClass, number>>;
  readonly quota: { readonly limit: number; readonly demoted: readonly string[] };
}

/**
 * The consolidation DOMAIN.md asks for, from the submitted values.
 *
 * @example
 * const expected = expectedConsolidation(submissions, {
 *   period: "Năm 2024", periodEnd: new Date(Date.UTC(2024, 11, 31)),
 * });
 * expected.units.get("cd01.xlsx")?.classification // "HTXS"
 */
export function expectedConsolidation(
  submissions: readonly OracleSubmission[],
  options: OracleOptions,
): ExpectedConsolidation {
  const statuses = fileStatuses(submissions, options.period);
  const included = submissions.filter((s) => statuses.get(s.file)!.status === "included");
  const units = included.map((s) => s.unit!);

  const hundredths = units.map((u) => scoreInHundredths(u.values));
  const ranks = competitionRanks(hundredths);
  const clusterRanks = units.map(() => null as number | null);
  const clusters = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (u.cluster === null || fold(u.cluster) === "") return;
    const key = fold(u.cluster);
    clusters.set(key, [...(clusters.get(key) ?? []), i]);
  });
  for (const members of clusters.values()) {
    const inCluster = competitionRanks(members.map((i) => hundredths[i]!));
    members.forEach((i, k) => (clusterRanks[i] = inCluster[k]!));
  }

  // score → CXL → thresholds → caps → quota.
  const classes: OracleClass[] = [];
  const why: ExpectedUnit["why"][] = [];
  units.forEach((u, i) => {
    if (u.founded !== null && tooNew(u.founded, options.periodEnd)) {
      classes.push("CXL");
      why.push("cxl");
      return;
    }
    const byScore = THRESHOLDS.find(([, min]) => hundredths[i]! >= min * 100)?.[0] ?? "KHT";
    const capped = u.values.indicators[CAP_INDICATOR]?.actual !== true && above(byScore, CAP_CLASS);
    classes.push(capped ? CAP_CLASS : byScore);
    why.push(capped ? "cap" : "threshold");
  });

  const base = classes.filter((c) => c === "HTXS" || c === "HTT").length;
  const limit = Math.max(1, Math.floor(base / 5));
  const holders = classes.flatMap((c, i) => (c === "HTXS" ? [i] : []));
  const demoted: number[] = [];
  if (holders.length > limit) {
    // The (limit+1)-th best score and everything at or below it lose the class: that keeps
    // whole ties together and never exceeds the limit.
    const best = [...holders].sort((a, b) => hundredths[b]! - hundredths[a]! || a - b);
    const edge = hundredths[best[limit]!]!;
    for (const i of best) {
      if (hundredths[i]! > edge) continue;
      demoted.push(i);
      classes[i] = "HTT";
      why[i] = "quota";
    }
  }

  const byFile = new Map<string, ExpectedUnit>();
  for (const s of submissions) {
    const st = statuses.get(s.file)!;
    byFile.set(s.file, {
      file: s.file,
      code: s.unit?.code ?? null,
      status: st.status,
      replacedBy: st.replacedBy,
      score: null,
      rank: null,
      clusterRank: null,
      classification: null,
      why: null,
    });
  }
  included.forEach((s, i) => {
    byFile.set(s.file, {
      ...byFile.get(s.file)!,
      score: hundredths[i]! / 100,
      rank: ranks[i]!,
      clusterRank: clusterRanks[i]!,
      classification: classes[i]!,
      why: why[i]!,
    });
  });

  const classificationCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };
  for (const c of classes) classificationCounts[c]++;
  return {
    units: byFile,
    ...totalsOf(units),
    classificationCounts,
    quota: { limit, demoted: demoted.map((i) => units[i]!.code) },
  };
}

/** Readable files of the period: one copy per unit, the latest; the rest replaced or rejected. */
function fileStatuses(
  submissions: readonly OracleSubmission[],
  period: string,
): Map<string, { status: OracleStatus; replacedBy: string | null }> {
  const out = new Map<string, { status: OracleStatus; replacedBy: string | null }>();
  const copies = new Map<string, OracleSubmission[]>();
  for (const s of submissions) {
    const rejected = s.unit === null || s.errors || fold(s.unit.period) !== fold(period);
    out.set(s.file, { status: rejected ? "rejected" : "included", replacedBy: null });
    if (s.unit !== null && fold(s.unit.period) === fold(period)) {
      copies.set(s.unit.code, [...(copies.get(s.unit.code) ?? []), s]);
    }
  }
  for (const group of copies.values()) {
    if (group.length < 2) continue;
    const latest = Math.max(...group.map((s) => s.unit!.reportDate.getTime()));
    const winners = group.filter((s) => s.unit!.reportDate.getTime() === latest);
    for (const s of group) {
      if (winners.length > 1 && winners.includes(s)) {
        out.set(s.file, { status: "rejected", replacedBy: null });
      } else if (!winners.includes(s)) {
        out.set(s.file, { status: "replaced", replacedBy: winners.map((w) => w.file).join(", ") });
      }
    }
  }
  return out;
}

/**
 * Σ over criteria of (appraised ?? self) clipped to [0, max], in hundredths, rounded half away
 * from zero. Scores are counted in whole thousandths, so the half is exact.
 */
export function scoreInHundredths(values: UnitValues): number {
  let thousandths = 0;
  for (const [code, max] of Object.entries(ORACLE_CRITERIA)) {
    const score = values.scores[code];
    const chosen = score?.appraised !== undefined ? score.appraised : score?.self;
    const points = Math.min(Math.max(numberOf(chosen, `${code} score`), 0), max);
    const milli = Math.round(points * 1000);
    if (Math.abs(milli - points * 1000) > 1e-6) {
      throw new Error(`oracle: score ${points} of ${code} has more than 3 decimals`);
    }
    thousandths += milli;
  }
  return Math.floor((thousandths + 5) / 10);
}

/** RANK.EQ, highest first: 1 + how many are strictly better. */
function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}

/** Founded less than six months before the period's end (its last day counting in full). */
export function tooNew(founded: Date, periodEnd: Date): boolean {
  const y = founded.getUTCFullYear();
  const m = founded.getUTCMonth() + CXL_MONTHS;
  const daysInMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const sixMonthsLater = Date.UTC(y, m, Math.min(founded.getUTCDate(), daysInMonth));
  const dayAfterEnd = periodEnd.getTime() + 24 * 3600 * 1000;
  return sixMonthsLater > dayAfterEnd;
}

function above(a: OracleClass, b: OracleClass): boolean {
  return ORDER.indexOf(a) > ORDER.indexOf(b);
}

function totalsOf(units: readonly OracleUnit[]): {
  totals: Record<string, number>;
  attainment: Record<string, number>;
} {
  const totals: Record<string, number> = {};
  const attainment: Record<string, number> = {};
  for (const def of ORACLE_INDICATORS) {
    const given = units.map((u) => u.values.indicators[def.code]).filter((v) => v !== undefined);
    if (def.kind === "yesno") {
      const answers = given.filter((v) => typeof v.actual === "boolean");
      if (answers.length === 0) continue;
      const yes = answers.filter((v) => v.actual === true).length;
      totals[def.code] = yes;
      if (def.yesTarget) attainment[def.code] = yes / answers.length;
      continue;
    }
    const actuals = given.filter((v) => v.actual !== undefined);
    const targets = given.filter((v) => v.target !== undefined);
    if (actuals.length === 0) continue;
    const actual = sum(actuals.map((v) => numberOf(v.actual, `${def.code} actual`)));
    totals[def.code] = actual;
    if (targets.length === 0) continue;
    const target = sum(targets.map((v) => numberOf(v.target, `${def.code} target`)));
    if (def.lowerIsBetter) attainment[def.code] = actual === 0 ? 1 : target / actual;
    else if (target !== 0) attainment[def.code] = actual / target;
  }
  return { totals, attainment };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function numberOf(value: CellInput | undefined, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`oracle: ${what} is ${JSON.stringify(value)}, not a number`);
  }
  return value;
}

/** Lower case, no diacritics, single spaces: how DOMAIN.md matches labels, periods and clusters. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
