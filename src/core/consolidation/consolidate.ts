import type { Lang } from "../messages/format";
import { consolidateProposals, keepsUnitOut } from "../proposals";
import type { ClassCode, Rules } from "../rules";
import { reportSentences } from "../sentences/reportSentences";
import { submissionCounts } from "../tracking/submissionCounts";
import { listedFounded } from "../units/listedFounded";
import { classifyUnits } from "./classifyUnits";
import { criterionScore } from "./criterionScore";
import { groupByCluster } from "./groupByCluster";
import { indicatorAttainment } from "./indicatorAttainment";
import { proposeAwards } from "./proposeAwards";
import { provincialTotals } from "./provincialTotals";
import { rankUnits } from "./rankUnits";
import { tieBreakerValues } from "./tieBreakerValues";
import type {
  ClassCounts,
  ConsolidationEntry,
  ConsolidationInput,
  ConsolidationResult,
  UnitOutcome,
  UnitStatus,
  UnitValues,
} from "./types";
import { unitScore } from "./unitScore";

/**
 * Options of {@link consolidate}.
 *
 * @example
 * const options: ConsolidateOptions = { lang: "en" };
 */
export interface ConsolidateOptions {
  /** The language of reasons, sentences and findings; Vietnamese by default. */
  readonly lang?: Lang;
}

/**
 * Consolidates a batch of validated files (DOMAIN.md, "Classification", "Ranking", "Awards",
 * "Attainment") for a period (the CXL rule counts months back from its end; without one it
 * cannot apply; a unit on the rules' list of units with a founding date is dated by the list,
 * see listedFounded). Every file appears in the result's units, in input order, with its status:
 * - `replaced` when a later copy from the same unit replaced it (`replacedBy` names it);
 * - `rejected` when it yielded no unit or has an error finding;
 * - `included` otherwise (warnings do not keep a unit out, nor do errors on rows of the
 *   proposals sheet, which drop those rows only: keepsUnitOut).
 * The included units are scored ({@link unitScore}), ranked overall and in their cluster, CXL
 * units too ({@link rankUnits}, tie-breakers as configured), classified ({@link classifyUnits}),
 * given awards ({@link proposeAwards}) and summed ({@link provincialTotals}); their award
 * proposals are checked against their classes and across units and counted
 * ({@link consolidateProposals}, whose findings join the unit's); the sentences of the report
 * are written from the result. Rejected and replaced files have no score, rank,
 * class or values. Validation resolves duplicate unit codes before this (a second copy is
 * replaced or both are rejected), so included units have distinct codes.
 *
 * @example
 * const result = consolidate({ entries, period: { kind: "year", year: 2024 } }, defaultRules);
 * result.classificationCounts // { HTXS: 2, HTT: 5, HT: 1, KHT: 0, CXL: 1 }
 * result.sentences[2] // "Kết quả xếp loại chất lượng 02 CĐCS hoàn thành xuất sắc nhiệm vụ, …"
 */
export function consolidate(
  input: ConsolidationInput,
  rules: Rules,
  options: ConsolidateOptions = {},
): ConsolidationResult {
  const lang = options.lang ?? "vi";
  const { entries, period } = input;
  const statuses = entries.map(statusOf);
  const included = entries.flatMap((entry, index) =>
    statuses[index] === "included" && entry.unit !== null ? [{ index, unit: entry.unit }] : [],
  );

  const scored = included.map(({ unit }) => ({
    unit,
    score: unitScore(unit.criteria, rules),
    tieBreakers: tieBreakerValues(unit, rules),
  }));
  const ranks = rankUnits(scored.map((s) => ({ ...s, cluster: s.unit.cluster })));
  const classification = classifyUnits(
    scored.map((s) => ({
      code: s.unit.code,
      score: s.score,
      cluster: s.unit.cluster,
      founded: listedFounded(s.unit, rules.units),
      indicators: s.unit.indicators,
      tieBreakers: s.tieBreakers,
    })),
    rules,
    period,
    lang,
  );
  const awards = proposeAwards(
    scored.map((s, k) => ({
      code: s.unit.code,
      cluster: s.unit.cluster,
      classification: classification.units[k]!.classification,
      rank: ranks[k]!.rank,
      clusterRank: ranks[k]!.clusterRank,
    })),
    rules,
    lang,
  );
  const proposals = consolidateProposals(
    included.map(({ index, unit }, k) => ({
      file: entries[index]!.file,
      code: unit.code,
      name: unit.name,
      classification: classification.units[k]!.classification,
      proposals: unit.proposals ?? [],
      droppedProposals: unit.droppedProposals ?? [],
    })),
    rules,
    lang,
  );
  const totals = provincialTotals(
    included.map(({ unit }) => unit),
    rules,
  );
  const classes = classification.units.map((u) => u.classification);
  const classificationCounts = countClasses(classes);
  const clusterClassCounts = groupByCluster(included.map(({ unit }) => unit.cluster)).map(
    (group) => ({
      cluster: group.cluster,
      counts: countClasses(group.indices.map((k) => classes[k]!)),
    }),
  );

  // Each unit's grants, in the order granted, found once rather than by a search per unit.
  const grantsByUnit = new Map<string, (typeof awards.grants)[number][]>();
  for (const grant of awards.grants) {
    const grants = grantsByUnit.get(grant.unit);
    if (grants) grants.push(grant);
    else grantsByUnit.set(grant.unit, [grant]);
  }
  const outcomeAt = new Map<number, UnitOutcome>();
  included.forEach(({ index, unit }, k) => {
    const decided = classification.units[k]!;
    outcomeAt.set(index, {
      ...emptyOutcome(entries[index]!, "included"),
      findings: [...entries[index]!.findings, ...(proposals.findingsByUnit[unit.code] ?? [])],
      score: scored[k]!.score,
      rank: ranks[k]!.rank,
      clusterRank: ranks[k]!.clusterRank,
      classification: decided.classification,
      reasonCode: decided.reasonCode,
      reason: decided.reason,
      reasonSteps: decided.steps,
      awards: awards.byUnit[unit.code] ?? [],
      awardGrants: grantsByUnit.get(unit.code) ?? [],
      criterionScores: Object.fromEntries(
        rules.criteria.map((c) => [c.code, criterionScore(unit.criteria[c.code], c.maxPoints)]),
      ),
      indicators: unit.indicators,
      attainment: Object.fromEntries(
        rules.indicators.map((i) => [i.code, indicatorAttainment(i, unit.indicators[i.code])]),
      ),
    });
  });

  const units = entries.map(
    (entry, index) => outcomeAt.get(index) ?? emptyOutcome(entry, statuses[index]!),
  );
  return {
    period,
    units,
    totals,
    classificationCounts,
    clusterClassCounts,
    quota: classification.quota,
    awards,
    proposals,
    sentences: reportSentences(
      {
        totals,
        counts: classificationCounts,
        awards,
        proposals: proposals.counts,
        submissions: submissionCounts(units, rules.units),
      },
      rules,
      lang,
    ),
    findings: [...(input.findings ?? []), ...units.flatMap((unit) => unit.findings)],
  };
}

function statusOf(entry: ConsolidationEntry): UnitStatus {
  if (entry.replacedBy !== null) return "replaced";
  if (entry.unit === null) return "rejected";
  return entry.findings.some(keepsUnitOut) ? "rejected" : "included";
}

function emptyOutcome(entry: ConsolidationEntry, status: UnitStatus): UnitOutcome {
  const unit: UnitValues | null = entry.unit;
  return {
    file: entry.file,
    code: unit?.code ?? null,
    name: unit?.name ?? null,
    cluster: unit?.cluster ?? null,
    status,
    replacedBy: status === "replaced" ? entry.replacedBy : null,
    score: null,
    rank: null,
    clusterRank: null,
    classification: null,
    reasonCode: null,
    reason: null,
    reasonSteps: [],
    awards: [],
    awardGrants: [],
    criterionScores: null,
    indicators: null,
    attainment: null,
    findings: entry.findings,
  };
}

function countClasses(classes: readonly ClassCode[]): ClassCounts {
  const counts: ClassCounts = { HTXS: 0, HTT: 0, HT: 0, KHT: 0, CXL: 0 };
  for (const c of classes) counts[c]++;
  return counts;
}
