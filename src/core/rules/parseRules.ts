import type { z } from "zod";
import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { defaultRules } from "./defaultRules";
import { issueToFindings } from "./issueToFindings";
import { jsonErrorPosition } from "./jsonErrorPosition";
import { RulesSchema, type Rules } from "./schema";

export { rulesHash } from "./rulesHash";
export { rulesToJson } from "./rulesToJson";

/**
 * The outcome of reading a rules file: the rules when they are valid, else null, and every
 * finding (none when valid).
 *
 * @example
 * const { rules, findings }: RulesParse = parseRules({}, "rules.json");
 */
export interface RulesParse {
  readonly rules: Rules | null;
  readonly findings: Finding[];
}

/**
 * Validates a rules document already parsed from JSON (a rules.json, or rules read back from
 * the Cấu hình sheet). A province may write a partial file: each top-level key it leaves out
 * is taken from the defaults, and each key it gives replaces that default entirely (a file
 * with only `"thresholds"` keeps the default indicators, criteria, awards…; a file with
 * `"indicators"` must list every indicator, not only the changed one). Every problem becomes
 * a finding at once, never a throw: file = `file`, sheet null, cell = the JSON path of the
 * value ("thresholds.HTXS", "indicators[3].code"), the message saying what was seen and what
 * is expected. The rules are null as soon as there is one finding.
 *
 * @example
 * parseRules({ thresholds: { HTXS: 85, HTT: 70, HT: 50 } }, "rules.json").rules?.thresholds.HTXS // 85
 * parseRules({ thresholds: { HTXS: 60, HTT: 70, HT: 50 } }, "rules.json").findings[0]
 * // { code: "config.thresholds-order", cell: "thresholds.HTT", severity: "error", ... }
 */
export function parseRules(json: unknown, file: string, lang: Lang = "vi"): RulesParse {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    const issue: z.core.$ZodIssue = {
      code: "invalid_type",
      expected: "object",
      input: json,
      path: [],
      message: "",
    };
    return { rules: null, findings: issueToFindings(issue, file, lang) };
  }
  const merged = { ...defaultRules, ...json };
  const result = RulesSchema.safeParse(merged, { reportInput: true });
  if (result.success) return { rules: result.data, findings: [] };
  return {
    rules: null,
    findings: result.error.issues.flatMap((issue) => issueToFindings(issue, file, lang)),
  };
}

// Enough of the text at the error for a person to find it in an editor.
const SNIPPET_MAX = 20;

/**
 * Reads the text of a rules file (UTF-8, a byte-order mark allowed) and validates it like
 * parseRules. Text that is not JSON gives one `config.json-syntax` finding naming the line
 * and column (1-based) where it stops being JSON and what stands there.
 *
 * @example
 * parseRulesText('{ "thresholds": { "HTXS": 85, "HTT": 70, "HT": 50 } }', "rules.json").rules?.thresholds.HTXS // 85
 * parseRulesText('{\n  "cxl": { "minMonthsBeforePeriodEnd": 6 },\n}', "rules.json").findings[0]?.message
 * // "Tệp cấu hình rules.json: nội dung không phải JSON hợp lệ ở dòng 3, cột 1 (gặp \"}\")."
 */
export function parseRulesText(content: string, file: string, lang: Lang = "vi"): RulesParse {
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { rules: null, findings: [syntaxFinding(body, file, lang)] };
  }
  return parseRules(json, file, lang);
}

function syntaxFinding(body: string, file: string, lang: Lang) {
  // JSON.parse and the grammar agree on what is JSON; should they ever not, the end of the
  // text is the place to look.
  const position = jsonErrorPosition(body) ?? endOf(body);
  const rest = body.slice(position.offset).split(/\s/, 1)[0] ?? "";
  const seen = rest
    ? JSON.stringify(rest.length > SNIPPET_MAX ? `${rest.slice(0, SNIPPET_MAX)}…` : rest)
    : text("rules.seen.end", lang);
  return makeFinding(
    "config.json-syntax",
    { file, sheet: null, cell: null },
    { line: position.line, column: position.column, seen },
    lang,
  );
}

function endOf(body: string) {
  const lines = body.split("\n");
  return { offset: body.length, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
