import type { Severity } from "../findings/finding";
import type { ClassCode } from "../rules";
import type { ClassCounts, ConsolidationResult, UnitStatus } from "./types";

/**
 * One unit of the JSON contract. `replacedBy` is present only on a replaced unit.
 *
 * @example
 * const u: ConsolidationJsonUnit = {
 *   code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1", file: "a.xlsx", status: "included",
 *   score: 92.5, rank: 1, clusterRank: 1, classification: "HTXS",
 *   reason: "Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ", awards: ["Cờ thi đua của LĐLĐ tỉnh"],
 * };
 */
export interface ConsolidationJsonUnit {
  code: string | null;
  name: string | null;
  cluster: string | null;
  file: string;
  status: UnitStatus;
  replacedBy?: string;
  score: number | null;
  rank: number | null;
  clusterRank: number | null;
  classification: ClassCode | null;
  reason: string | null;
  awards: string[];
}

/**
 * The proposals counted for one award, in the JSON contract.
 *
 * @example
 * const merit: AwardProposalsJson = { collective: 10, individual: 22, collectiveThematic: 4, individualThematic: 1 };
 */
export interface AwardProposalsJson {
  collective: number;
  individual: number;
  collectiveThematic: number;
  individualThematic: number;
}

/**
 * The JSON the CLI writes with `--json`: plain data, keys in a fixed order. `totals` and
 * `attainment` hold the province's figure per indicator code; an indicator without one (no
 * value reported, no target, no rate) has no key, so every value present is a finite number.
 *
 * @example
 * const json: ConsolidationJson = consolidationToJson(result);
 * json.classificationCounts.HTXS // 12
 */
export interface ConsolidationJson {
  units: ConsolidationJsonUnit[];
  totals: Record<string, number>;
  attainment: Record<string, number>;
  classificationCounts: ClassCounts;
  quota: { limit: number | null; demoted: string[] };
  sentences: string[];
  /**
   * The units' own award proposals counted, by the award's catalogue name, every award of the
   * catalogue from the highest: `collective` and `individual` count thematic ones too, which
   * `collectiveThematic` and `individualThematic` count apart. Included units only.
   */
  awardProposals: Record<string, AwardProposalsJson>;
  findings: {
    file: string;
    sheet: string | null;
    cell: string | null;
    code: string;
    severity: Severity;
    message: string;
  }[];
}

/**
 * Turns a consolidation into the data of the JSON contract (what `cdvc consolidate --json`
 * writes). Attainment stays an unrounded ratio (2.5932…), as DOMAIN.md wants data to be.
 *
 * @example
 * JSON.stringify(consolidationToJson(consolidate(entries, defaultRules)), null, 2)
 */
export function consolidationToJson(result: ConsolidationResult): ConsolidationJson {
  const totals: Record<string, number> = {};
  const attainment: Record<string, number> = {};
  for (const [code, total] of Object.entries(result.totals.province)) {
    if (total.actual !== null) totals[code] = total.actual;
    if (total.attainment !== null) attainment[code] = total.attainment;
  }
  return {
    units: result.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      cluster: unit.cluster,
      file: unit.file,
      status: unit.status,
      ...(unit.status === "replaced" && unit.replacedBy !== null
        ? { replacedBy: unit.replacedBy }
        : {}),
      score: unit.score,
      rank: unit.rank,
      clusterRank: unit.clusterRank,
      classification: unit.classification,
      reason: unit.reason,
      awards: [...unit.awards],
    })),
    totals,
    attainment,
    classificationCounts: { ...result.classificationCounts },
    quota: { limit: result.quota.limit, demoted: [...result.quota.demoted] },
    sentences: [...result.sentences],
    awardProposals: Object.fromEntries(
      result.proposals.counts.map((c) => [
        c.award,
        {
          collective: c.collective,
          individual: c.individual,
          collectiveThematic: c.collectiveThematic,
          individualThematic: c.individualThematic,
        },
      ]),
    ),
    findings: result.findings.map((f) => ({
      file: f.file,
      sheet: f.sheet,
      cell: f.cell,
      code: f.code,
      severity: f.severity,
      message: f.message,
    })),
  };
}
