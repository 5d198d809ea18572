import { z } from "zod";
import type { RulesProblem } from "../rules/checkRulesConsistency";
import { parseDeadline } from "../rules/parseDeadline";
import { unitCodeKey } from "./unitCodeKey";

// Error messages are catalog text ids, as everywhere in the rules schema (see issueToFindings).
const text = () => z.string().regex(/\S/, { error: "rules.expected.text" });

/**
 * One unit the province expects a report from (issue 9, "The unit list"): its code (as the unit
 * writes it in `Mã đơn vị`), its name, its emulation cluster, its founding date written
 * "dd/MM/yyyy" (the CXL rule uses it instead of the workbook's), whether the CĐVC leads it
 * directly or it is a member union, and how to reach it.
 *
 * @example
 * ExpectedUnitSchema.parse({ code: "CD001", name: "CĐCS Sở Y tế", cluster: "Cụm 1",
 *   founded: "15/03/2010", membership: "direct" }).membership // "direct"
 */
export const ExpectedUnitSchema = z.strictObject({
  code: text(),
  name: text(),
  cluster: text().optional(),
  founded: z.string().optional(),
  membership: z.enum(["direct", "member"]),
  contact: z.string().optional(),
});

/**
 * The province's list of expected units, the `units` of the rules. Beyond each entry's own
 * shape, the list is checked as a whole, every problem reported at once: a code given twice
 * (ignoring case and surrounding spaces, as submissions are matched) is `config.duplicate` at
 * the later entry, and a founding date that is not a real day written "dd/MM/yyyy" is
 * `config.deadline-invalid` (the finding for any such date of the rules file).
 *
 * @example
 * UnitListSchema.safeParse([{ code: "CD1", name: "A", membership: "direct" },
 *   { code: "cd1", name: "B", membership: "member" }]).success // false
 */
export const UnitListSchema = z.array(ExpectedUnitSchema).superRefine(
  (units, ctx) => {
    for (const problem of unitListProblems(units)) {
      ctx.addIssue({
        code: "custom",
        path: problem.path.slice(1),
        message: problem.finding,
        input: problem.seen,
        params: { problem },
      });
    }
  },
  // Reported even when some entry has the wrong shape, so a file gets all its findings at once.
  { when: () => true },
);

/**
 * One expected unit (see ExpectedUnitSchema).
 *
 * @example
 * const unit: ExpectedUnit = { code: "CD001", name: "CĐCS Sở Y tế", membership: "direct" };
 */
export type ExpectedUnit = z.infer<typeof ExpectedUnitSchema>;

/**
 * Whether the CĐVC leads a unit directly (`direct`) or it is a member union (`member`).
 *
 * @example
 * const membership: Membership = "member";
 */
export type Membership = ExpectedUnit["membership"];

/** The problems across the entries of a list, at their paths in the rules ("units", i, key). */
function unitListProblems(input: unknown): RulesProblem[] {
  if (!Array.isArray(input)) return [];
  const problems: RulesProblem[] = [];
  const firstAt = new Map<string, number>();
  input.forEach((entry: unknown, i) => {
    if (typeof entry !== "object" || entry === null) return;
    const { code, founded } = entry as Record<string, unknown>;
    if (typeof code === "string" && code.trim() !== "") {
      const key = unitCodeKey(code);
      const earlier = firstAt.get(key);
      if (earlier === undefined) firstAt.set(key, i);
      else {
        problems.push({
          path: ["units", i, "code"],
          finding: "config.duplicate",
          seen: code,
          params: { other: `units[${earlier}].code` },
        });
      }
    }
    if (typeof founded === "string" && parseDeadline(founded) === null) {
      problems.push({
        path: ["units", i, "founded"],
        finding: "config.deadline-invalid",
        seen: founded,
      });
    }
  });
  return problems;
}
