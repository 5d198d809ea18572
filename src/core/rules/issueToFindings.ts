import type { z } from "zod";
import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { rulesTexts } from "../messages/catalog/rules";
import type { Lang, MessageParams } from "../messages/format";
import { text } from "../messages/text";
import type { RulesProblem } from "./checkRulesConsistency";
import { formatJsonPath } from "./jsonPath";

type Issue = z.core.$ZodIssue;
type RulesTextId = keyof typeof rulesTexts;

// A value shown in a message: long texts and big objects are cut, the path already says where.
const SEEN_MAX = 60;

/**
 * Turns one zod issue on a rules file into the findings a staff member reads: the cell is the
 * JSON path ("thresholds.HTXS"), the message says what was seen there and what is expected, in
 * the chosen language. A cross-field problem (a custom issue from checkRulesConsistency) keeps
 * its own finding code; an unknown key becomes one finding per key; a union whose keys match
 * one of its shapes reports that shape's own issues, so "limit.count: 1.5" is pointed at
 * precisely.
 *
 * @example
 * const issue = RulesSchema.safeParse({ ...defaultRules, thresholds: { HTXS: "90", HTT: 70, HT: 50 } },
 *   { reportInput: true }).error!.issues[0]!;
 * issueToFindings(issue, "rules.json", "vi")[0]
 * // { code: "config.wrong-type", cell: "thresholds.HTXS",
 * //   message: 'Tệp cấu hình rules.json, mục thresholds.HTXS: gặp "90", cần một số.', ... }
 */
export function issueToFindings(issue: Issue, file: string, lang: Lang = "vi"): Finding[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
  const at = (code: Parameters<typeof makeFinding>[0], params: MessageParams) =>
    located(code, path, file, params, lang);
  const seen = describeSeen(issue.input, lang);

  switch (issue.code) {
    case "custom": {
      const problem = (issue.params as { problem?: RulesProblem } | undefined)?.problem;
      if (problem) return [problemToFinding(problem, file, lang)];
      return [at("config.invalid", { seen, expected: expectedText(issue.message, lang) })];
    }
    case "invalid_type": {
      const expected = typeText(issue.expected, lang);
      if (issue.input === undefined) return [at("config.missing", { expected })];
      return [at("config.wrong-type", { seen, expected })];
    }
    case "not_multiple_of":
      return [at("config.wrong-type", { seen, expected: text("rules.type.integer", lang) })];
    case "too_small":
    case "too_big":
      return [at("config.out-of-range", { seen, expected: rangeText(issue, lang) })];
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      if (issue.input === undefined) {
        const expected = text("rules.expected.one-of", lang, { values });
        return [at("config.missing", { expected })];
      }
      return [at("config.not-allowed", { seen, expected: values })];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        located("config.unknown-key", [...path, key], file, { key: JSON.stringify(key) }, lang),
      );
    case "invalid_union": {
      const branch = matchingBranch(issue.errors);
      if (branch) {
        return branch.flatMap((inner) =>
          issueToFindings({ ...inner, path: [...issue.path, ...inner.path] }, file, lang),
        );
      }
      return [invalidOrMissing()];
    }
    default:
      return [invalidOrMissing()];
  }

  function invalidOrMissing(): Finding {
    const expected = expectedText(issue.message, lang);
    if (issue.input === undefined) return at("config.missing", { expected });
    return at("config.invalid", { seen, expected });
  }
}

/**
 * The one branch of a failed union whose keys are exactly those given (no unknown key, none
 * missing): the user meant that shape, so its own issues are the precise ones.
 */
function matchingBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | null {
  const fitting = branches.filter((issues) =>
    issues.every((i) => i.code !== "unrecognized_keys" && i.input !== undefined),
  );
  return fitting.length === 1 ? fitting[0]! : null;
}

function problemToFinding(problem: RulesProblem, file: string, lang: Lang): Finding {
  const params: Record<string, string | number> = {
    ...problem.params,
    seen: describeSeen(problem.seen, lang),
  };
  if (problem.expected) {
    params.expected = text(problem.expected.id, lang, problem.expected.params);
  }
  return located(problem.finding, problem.path, file, params, lang);
}

function located(
  code: Parameters<typeof makeFinding>[0],
  path: readonly (string | number)[],
  file: string,
  params: MessageParams,
  lang: Lang,
): Finding {
  const cell = formatJsonPath(path);
  return makeFinding(
    code,
    { file, sheet: null, cell: cell || null },
    { path: cell || text("rules.path.root", lang), ...params },
    lang,
  );
}

/**
 * A value as a message shows it: text in double quotes (as in the JSON file), numbers as
 * written, a short list or object as compact JSON, a long one by what it is.
 */
function describeSeen(value: unknown, lang: Lang): string {
  if (value === undefined) return text("rules.seen.nothing", lang);
  if (typeof value === "string") return cut(JSON.stringify(value));
  if (typeof value !== "object" || value === null) return String(value);
  const json = JSON.stringify(value);
  if (json.length <= SEEN_MAX) return json;
  return text(Array.isArray(value) ? "rules.seen.array" : "rules.seen.object", lang);
}

function cut(shown: string): string {
  return shown.length <= SEEN_MAX ? shown : `${shown.slice(0, SEEN_MAX - 2)}…"`;
}

const TYPE_TEXTS: Readonly<Record<string, RulesTextId>> = {
  number: "rules.type.number",
  int: "rules.type.integer",
  string: "rules.type.string",
  boolean: "rules.type.boolean",
  array: "rules.type.array",
  object: "rules.type.object",
  null: "rules.type.null",
};

function typeText(expected: string, lang: Lang): string {
  const id = TYPE_TEXTS[expected];
  return id ? text(id, lang) : expected;
}

function rangeText(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, lang: Lang): string {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === "array") {
    return text(small ? "rules.range.min-items" : "rules.range.max-items", lang, { limit });
  }
  const inclusive = issue.inclusive !== false;
  const id: RulesTextId = small
    ? inclusive
      ? "rules.range.min-inclusive"
      : "rules.range.min-exclusive"
    : inclusive
      ? "rules.range.max-inclusive"
      : "rules.range.max-exclusive";
  return text(id, lang, { limit });
}

/** The schema's custom error messages are text ids; anything else points to the example file. */
function expectedText(message: string, lang: Lang): string {
  return message.startsWith("rules.expected.") && message in rulesTexts
    ? text(message as RulesTextId, lang)
    : text("rules.expected.as-example", lang);
}
