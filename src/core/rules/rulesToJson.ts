import { RulesSchema, type Rules } from "./schema";

// The repository's Prettier width: the written file passes `prettier --check` unchanged.
const PRINT_WIDTH = 100;
const INDENT = "  ";

/**
 * Writes a rule set as pretty JSON for people to read and edit (rules.example.json, `cdvc
 * rules`, the Cấu hình sheet): keys in the schema's order (formVersion, period, deadline,
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
  return `${print(parsed.success ? parsed.data : rules, "", 0, 0)}\n`;
}

/**
 * One value at an indent. `used` is the width already taken on the value's first line (indent
 * and key) and `after` the width that follows it there (1 for a comma, else 0): together they
 * decide, as Prettier does, whether a list fits on one line.
 */
function print(value: unknown, indent: string, used: number, after: number): string {
  if (Array.isArray(value)) return printArray(value, indent, used, after);
  if (typeof value === "object" && value !== null) return printObject(value, indent);
  return JSON.stringify(value) ?? "null";
}

function printObject(value: object, indent: string): string {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const inner = indent + INDENT;
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + print(v, inner, head.length, i < entries.length - 1 ? 1 : 0);
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

function printArray(
  items: readonly unknown[],
  indent: string,
  used: number,
  after: number,
): string {
  if (items.length === 0) return "[]";
  const flat = items.every((item) => typeof item !== "object" || item === null);
  if (flat) {
    const oneLine = `[${items.map((item) => print(item, "", 0, 0)).join(", ")}]`;
    if (used + oneLine.length + after <= PRINT_WIDTH) return oneLine;
  }
  const inner = indent + INDENT;
  const lines = items.map(
    (item, i) => inner + print(item, inner, inner.length, i < items.length - 1 ? 1 : 0),
  );
  return `[\n${lines.join(",\n")}\n${indent}]`;
}
