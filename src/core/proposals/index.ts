/**
 * Award proposals from the units (DOMAIN.md, "Proposals from the units"): reading and checking
 * the rows of sheet `DeNghiKhenThuong`, matching awards, per-unit limits, the consolidation's
 * checks across units, the counts and the report's sentence.
 */
export type {
  DroppedProposal,
  Proposal,
  ProposalFields,
  ProposalFindingCode,
  ProposalKind,
  ProposalProblem,
  ProposalReading,
  ProposalSubject,
} from "./proposal";
export { proposalForm } from "./proposalForm";
export { awardKey } from "./awardKey";
export { matchAward } from "./matchAward";
export { matchFormWord } from "./matchFormWord";
export { nameKey } from "./nameKey";
export { readProposalRow, type ProposalRowReading } from "./readProposalRow";
export { duplicateProposals, type DuplicateProposal } from "./duplicateProposals";
export { unitLimit, type PerUnitLimit } from "./unitLimit";
export { overLimitProposals, type OverLimitProposal } from "./overLimitProposals";
export { readProposals } from "./readProposals";
export { keepsUnitOut } from "./keepsUnitOut";
export { AWARD_LEVELS, awardsHighestFirst, type AwardLevel } from "./awardsHighestFirst";
export { countProposals, type AwardProposalCount } from "./countProposals";
export { proposalsSentence } from "./proposalsSentence";
export {
  consolidateProposals,
  type ProposalsResult,
  type ProposingUnit,
  type UnitDroppedProposal,
  type UnitProposal,
} from "./consolidateProposals";
