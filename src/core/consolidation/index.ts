/**
 * The consolidation of a batch of unit reports: scores, ranks, classes with their reasons,
 * award proposals, totals and the report's sentences.
 */
export { consolidate, type ConsolidateOptions } from "./consolidate";
export {
  consolidationToJson,
  type AwardProposalsJson,
  type ConsolidationJson,
  type ConsolidationJsonUnit,
} from "./consolidationJson";
export { fromBatch } from "./fromBatch";
export { unitScore } from "./unitScore";
export { criterionScore } from "./criterionScore";
export { classifyUnits, type ClassifiableUnit, type ClassificationRules } from "./classifyUnits";
export { classByScore, type ScoreClass, type ScoreClassCode } from "./classByScore";
export { applyCaps, type AppliedCap } from "./applyCaps";
export { quotaDemotions, type QuotaCut, type QuotaUnit } from "./quotaDemotions";
export { indicatorMet } from "./indicatorMet";
export { indicatorAttainment } from "./indicatorAttainment";
export { foundedTooRecently } from "./foundedTooRecently";
export { rankUnits, type RankableUnit } from "./rankUnits";
export { tieBreakerValues } from "./tieBreakerValues";
export { groupByCluster, type ClusterGroup } from "./groupByCluster";
export { provincialTotals, type TotalledUnit } from "./provincialTotals";
export { proposeAwards, type AwardCandidate } from "./proposeAwards";
export { floorShare } from "./floorShare";
export { takeWholeTies, type WholeTiesCut } from "./takeWholeTies";
export type * from "./types";
