import type { Rules } from "./schema";

// The repository's Prettier width: the written file passes `prettier --check` unchanged.
const PRINT_WIDTH = 100;
const INDENT = "  ";

/**
 * Writes a rule set as pretty JSON, keys in the order the object has them: two-space indents,
 * objects one key per line, a short list of texts on one line, a final newline, the layout
 * Prettier gives. Rules from parseRules and defaultRules are in the schema's order already;
 * rulesToJson puts any others in it first. Without the schema, it needs no zod: the Cấu hình
 * sheet of each consolidation prints the rules it ran with through it.
 *
 * @example
 * printRulesJson(defaultRules) === rulesToJson(defaultRules) // true
 */
export function printRulesJson(rules: Rules): string {
  return `${print(rules, "", 0, 0)}\n`;
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
