/** The roll-up (issue 9): several CĐVC's consolidations added up for the level above. */
export { rollup, type RollupResult, type RollupSource } from "./rollup";
export { rollupSentences } from "./rollupSentences";
export { checkRollupSources } from "./checkRollupSources";
