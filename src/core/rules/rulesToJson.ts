import { printRulesJson } from "./printRulesJson";
import { RulesSchema, type Rules } from "./schema";

/**
 * Writes a rule set as pretty JSON for people to read and edit (rules.example.json, `cdvc
 * rules`, the pane's rules section): keys in the schema's order (formVersion, period, deadline,
 * indicators, criteria, thresholds, …, and within each entry code, label, … as documented),
 * whatever order the object had; two-space indents; objects one key per line; a short list
 * of texts on one line; a final newline. The layout is the one Prettier gives, so the file is
 * stable under formatting. Parsing the output with parseRulesText gives the same rules.
 *
 * @example
 * rulesToJson(defaultRules).split("\n").slice(0, 2) // ['{', '  "formVersion": "CDVC-BC 1",']
 */
export function rulesToJson(rules: Rules): string {
  // The schema's output lists keys in the schema's order; rules that do not validate are
  // still written, as given, so a caller can show what is wrong with them.
  const parsed = RulesSchema.safeParse(rules);
  return printRulesJson(parsed.success ? parsed.data : rules);
}
