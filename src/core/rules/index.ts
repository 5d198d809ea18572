/** The rules a province configures, as data: the zod schema, the defaults, reading and writing. */
export {
  ClassCodeSchema,
  CriterionSchema,
  IndicatorSchema,
  RulesSchema,
  type Award,
  type AwardRule,
  type ClassCode,
  type Criterion,
  type Indicator,
  type Rules,
} from "./schema";
export { defaultRules } from "./defaultRules";
export { parseRules, parseRulesText, type RulesParse } from "./parseRules";
export { rulesHash } from "./rulesHash";
export { rulesToJson } from "./rulesToJson";
export { parseDeadline } from "./parseDeadline";
export { checkRulesConsistency, type RulesProblem } from "./checkRulesConsistency";
