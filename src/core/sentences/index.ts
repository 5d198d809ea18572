/** The sentences of the province's report, built from a consolidation's figures. */
export { classificationSentence } from "./classificationSentence";
export { attainmentPhrase, attainmentSentence } from "./attainmentSentence";
export { totalsSentence } from "./totalsSentence";
export { awardsSentence, recognitionSentence } from "./awardSentences";
export { reportSentences } from "./reportSentences";
export { lowerFirst } from "./lowerFirst";
