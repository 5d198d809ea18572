/**
 * The data of a consolidation (DOMAIN.md, "Classification", "Ranking", "Awards", "Attainment"):
 * what goes in (the values of each unit as validation read them) and what comes out (the
 * result the CLI writes as JSON and the output workbook lays out).
 */
import type { Finding } from "../findings/finding";
import type { MessageParams } from "../messages/format";
import type { Period } from "../period";
import type { DroppedProposal, Proposal, ProposalsResult } from "../proposals";
import type { ClassCode } from "../rules";

export type { ClassCode };

/**
 * One indicator of one unit: its target (Kế hoạch) and its actual (Thực hiện); a yes/no
 * indicator's actual is a boolean. `null` is a cell left empty.
 *
 * @example
 * const xd01: IndicatorValue = { target: 2, actual: 3 };
 * const cl01: IndicatorValue = { target: null, actual: true };
 */
export interface IndicatorValue {
  readonly target: number | null;
  readonly actual: number | boolean | null;
}

/**
 * One criterion of one unit's scoresheet: the self score and the appraised score (`null` when
 * not given). `maxPoints` is what the unit's sheet says; the configured rules decide.
 *
 * @example
 * const tc1: CriterionValue = { maxPoints: 15, self: 14, appraised: 13.5 };
 */
export interface CriterionValue {
  readonly maxPoints?: number;
  readonly self: number | null;
  readonly appraised: number | null;
}

/**
 * The values of one included unit: the fields of validation's `ValidatedUnit` that the
 * consolidation uses (a `ValidatedUnit` can be passed as it is).
 *
 * @example
 * const unit: UnitValues = {
 *   code: "CD01", name: "CĐCS Sở Y tế", cluster: "Cụm 1", founded: null,
 *   indicators: { CL01: { target: null, actual: true } },
 *   criteria: { TC1: { self: 15, appraised: null } },
 * };
 */
export interface UnitValues {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly founded: Date | null;
  readonly indicators: Readonly<Record<string, IndicatorValue>>;
  readonly criteria: Readonly<Record<string, CriterionValue>>;
  /** The award proposals that count on the unit's own sheet; none when absent. */
  readonly proposals?: readonly Proposal[];
  /** The proposal rows dropped on the unit's own sheet; none when absent. */
  readonly droppedProposals?: readonly DroppedProposal[];
}

/**
 * One file given to the consolidation, as validation left it: its findings, the unit it
 * yielded (`null` when the file could not be read as a report at all), and the file that
 * replaced it when a later copy from the same unit came in.
 *
 * @example
 * const entry: ConsolidationEntry = { file: "a.xlsx", unit: null, findings: [], replacedBy: null };
 */
export interface ConsolidationEntry {
  readonly file: string;
  readonly unit: UnitValues | null;
  readonly findings: readonly Finding[];
  readonly replacedBy: string | null;
}

/**
 * What `consolidate` works on: every file given, in order; the period consolidated; and
 * findings about the batch as a whole (a bad period or deadline option), listed first.
 *
 * @example
 * const input: ConsolidationInput = { entries: [], period: { kind: "year", year: 2024 } };
 */
export interface ConsolidationInput {
  readonly entries: readonly ConsolidationEntry[];
  readonly period: Period | null;
  readonly findings?: readonly Finding[];
}

/**
 * What happened to a file: its unit counted, kept out by errors, or superseded by a later copy.
 *
 * @example
 * const status: UnitStatus = "replaced";
 */
export type UnitStatus = "included" | "rejected" | "replaced";

/**
 * Which rule gave a unit its class, or changed it:
 * - `classification.cxl`: founded too recently, not classified;
 * - `classification.threshold`: the score against the thresholds;
 * - `classification.cap`: an indicator not met capped the class;
 * - `classification.quota`: moved down past the quota's limit;
 * - `classification.quota-tie`: moved down with the units tied on its score at the limit's edge.
 *
 * @example
 * const code: ReasonCode = "classification.cap";
 */
export type ReasonCode =
  | "classification.cxl"
  | "classification.threshold"
  | "classification.cap"
  | "classification.quota"
  | "classification.quota-tie";

/**
 * One step of a unit's classification: the rule, its sentence, and the values that filled it
 * (so it can be rendered again in another language).
 *
 * @example
 * const step: ReasonStep = {
 *   code: "classification.threshold",
 *   text: "Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ",
 *   params: { score: "92,50", threshold: "90" },
 * };
 */
export interface ReasonStep {
  readonly code: ReasonCode;
  readonly text: string;
  readonly params: MessageParams;
}

/**
 * A unit's class and why: `reasonCode` is the last step's code (the rule that decided), `reason`
 * the steps' sentences joined in order.
 *
 * @example
 * const c: UnitClassification = {
 *   code: "CD01", classification: "HT", reasonCode: "classification.cap",
 *   reason: "Điểm 92,50 ≥ 90: hoàn thành xuất sắc nhiệm vụ. Không tổ chức Hội nghị CBCCVC (CL01): tối đa HT",
 *   steps: [],
 * };
 */
export interface UnitClassification {
  readonly code: string;
  readonly classification: ClassCode;
  readonly reasonCode: ReasonCode;
  readonly reason: string;
  readonly steps: readonly ReasonStep[];
}

/**
 * What the quota did: its limit (`null` when the rules have no quota), how many units it
 * counted (`base`: the units in the classes it is a share of, after caps), how many held the
 * class before it, and the codes of the units it moved down, best first.
 *
 * @example
 * const q: QuotaOutcome = { limit: 3, base: 15, before: 5, demoted: ["CD07", "CD09"] };
 */
export interface QuotaOutcome {
  readonly limit: number | null;
  readonly base: number;
  readonly before: number;
  readonly demoted: readonly string[];
}

/**
 * The classification of a batch: one entry per unit in input order, and the quota's outcome.
 *
 * @example
 * const r: ClassificationResult = {
 *   units: [], quota: { limit: 1, base: 0, before: 0, demoted: [] },
 * };
 */
export interface ClassificationResult {
  readonly units: readonly UnitClassification[];
  readonly quota: QuotaOutcome;
}

/**
 * A unit's place: overall, and within its cluster (`null` for a unit in no cluster).
 *
 * @example
 * const r: UnitRank = { rank: 2, clusterRank: 1 };
 */
export interface UnitRank {
  readonly rank: number;
  readonly clusterRank: number | null;
}

/**
 * How many units hold each class.
 *
 * @example
 * const counts: ClassCounts = { HTXS: 12, HTT: 45, HT: 1, KHT: 0, CXL: 1 };
 */
export type ClassCounts = Record<ClassCode, number>;

/**
 * An indicator summed over units: the total actual (for a yes/no indicator, how many units
 * answered Có), the total target over the units that gave one, and attainment = total actual
 * ÷ total target (flipped where less is better). `null` when there is nothing to sum or no
 * rate; never NaN or Infinity. `reporting` is how many units gave an actual.
 *
 * @example
 * const xd01: IndicatorTotal = { actual: 153, target: 59, attainment: 2.593220338983051, reporting: 59 };
 */
export interface IndicatorTotal {
  readonly actual: number | null;
  readonly target: number | null;
  readonly attainment: number | null;
  readonly reporting: number;
}

/**
 * Totals of every configured indicator, keyed by code.
 *
 * @example
 * const t: IndicatorTotals = { DV02: { actual: 4535, target: null, attainment: null, reporting: 53 } };
 */
export type IndicatorTotals = Readonly<Record<string, IndicatorTotal>>;

/**
 * The province's totals and each cluster's (clusters in natural order, "Cụm 2" before "Cụm 10";
 * units in no cluster count in the province only).
 *
 * @example
 * const t: ProvincialTotals = { units: 0, province: {}, clusters: [] };
 */
export interface ProvincialTotals {
  readonly units: number;
  readonly province: IndicatorTotals;
  readonly clusters: readonly {
    readonly cluster: string;
    readonly units: number;
    readonly totals: IndicatorTotals;
  }[];
}

/**
 * Where an award was given from: the whole province, or one cluster.
 *
 * @example
 * const scope: AwardScope = "cluster";
 */
export type AwardScope = "province" | "cluster";

/**
 * One award given to one unit, and why ("Hạng 1 cụm Cụm 2, HTXS").
 *
 * @example
 * const g: AwardGrant = {
 *   unit: "CD03", award: "Cờ thi đua của LĐLĐ tỉnh", scope: "cluster", cluster: "Cụm 2",
 *   rank: 1, reason: "Hạng 1 cụm Cụm 2, HTXS",
 * };
 */
export interface AwardGrant {
  readonly unit: string;
  readonly award: string;
  readonly scope: AwardScope;
  readonly cluster: string | null;
  /** The rank the award was given on: overall for the province, in the cluster for a cluster. */
  readonly rank: number;
  readonly reason: string;
}

/**
 * What one award rule did in one pool (the province, or one cluster): its limit, the units it
 * gave the award to, and the eligible units tied at the limit's edge that it left out.
 *
 * @example
 * const p: AwardPoolOutcome = {
 *   award: "Bằng khen của LĐLĐ tỉnh", scope: "province", cluster: null, limit: 10,
 *   granted: ["CD01"], withheld: [],
 * };
 */
export interface AwardPoolOutcome {
  readonly award: string;
  readonly scope: AwardScope;
  readonly cluster: string | null;
  readonly limit: number;
  readonly granted: readonly string[];
  readonly withheld: readonly { readonly unit: string; readonly reason: string }[];
}

/**
 * The award proposals: every grant in rule order then rank order, each rule's pools, and the
 * award names of each unit.
 *
 * @example
 * const a: AwardsResult = { grants: [], pools: [], byUnit: {} };
 */
export interface AwardsResult {
  readonly grants: readonly AwardGrant[];
  readonly pools: readonly AwardPoolOutcome[];
  readonly byUnit: Readonly<Record<string, readonly string[]>>;
}

/**
 * The outcome of one file. Rejected and replaced files have no score, rank, class or values
 * (`null`); a file that could not be read as a report at all has no code either.
 *
 * @example
 * const u: UnitOutcome = {
 *   file: "a.xlsx", code: null, name: null, cluster: null, status: "rejected", replacedBy: null,
 *   score: null, rank: null, clusterRank: null, classification: null, reasonCode: null,
 *   reason: null, reasonSteps: [], awards: [], awardGrants: [], criterionScores: null,
 *   indicators: null, attainment: null, findings: [],
 * };
 */
export interface UnitOutcome {
  readonly file: string;
  readonly code: string | null;
  readonly name: string | null;
  readonly cluster: string | null;
  readonly status: UnitStatus;
  readonly replacedBy: string | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly clusterRank: number | null;
  readonly classification: ClassCode | null;
  readonly reasonCode: ReasonCode | null;
  readonly reason: string | null;
  readonly reasonSteps: readonly ReasonStep[];
  /** Award names, in rule order. */
  readonly awards: readonly string[];
  readonly awardGrants: readonly AwardGrant[];
  /** Each configured criterion's score as counted (appraised else self, clipped). */
  readonly criterionScores: Readonly<Record<string, number>> | null;
  readonly indicators: Readonly<Record<string, IndicatorValue>> | null;
  /** Each configured indicator's attainment for this unit (`null`: no rate). */
  readonly attainment: Readonly<Record<string, number | null>> | null;
  /** This file's findings, those of the proposals' checks across units last. */
  readonly findings: readonly Finding[];
}

/**
 * Everything a consolidation produces. `consolidationToJson` turns it into the JSON the CLI
 * writes; the output workbook uses the rest (cluster totals, cluster × class counts, each
 * unit's values and attainment, award reasons).
 *
 * @example
 * declare const result: ConsolidationResult;
 * result.classificationCounts.HTXS; // 12
 */
export interface ConsolidationResult {
  readonly period: Period | null;
  /** One outcome per input file, in input order. */
  readonly units: readonly UnitOutcome[];
  readonly totals: ProvincialTotals;
  /** Counts of the included units. */
  readonly classificationCounts: ClassCounts;
  /** Counts per cluster, clusters in natural order; units in no cluster are left out. */
  readonly clusterClassCounts: readonly {
    readonly cluster: string;
    readonly counts: ClassCounts;
  }[];
  readonly quota: QuotaOutcome;
  readonly awards: AwardsResult;
  /** The included units' award proposals: counted, dropped, and counted by award. */
  readonly proposals: ProposalsResult;
  /** The report's sentences, in Vietnamese unless another language was asked for. */
  readonly sentences: readonly string[];
  /** The batch's findings, then every file's findings, in file order. */
  readonly findings: readonly Finding[];
}
