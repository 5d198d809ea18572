import { z } from "zod";
import { UnitListSchema } from "../units/expectedUnit";
import { checkRulesConsistency } from "./checkRulesConsistency";

// Custom error messages are catalog text ids ("rules.expected.…"), never sentences: the words a
// user reads come from the message catalog in their language (see issueToFinding).

// `.int()` aborts the rest of the validation in zod 4, which would hide the cross-field
// problems; multipleOf(1) says the same and lets every other check run.
const wholeNumber = () => z.number().multipleOf(1);
const text = () => z.string().regex(/\S/, { error: "rules.expected.text" });
const code = () =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "rules.expected.code" });
const share = () => z.number().gt(0).max(1);

/**
 * A classification code (DOMAIN.md, "Classification"): HTXS, HTT, HT, KHT, or CXL for a unit
 * too young to be classified.
 *
 * @example
 * ClassCodeSchema.parse("HTT") // "HTT"
 */
export const ClassCodeSchema = z.enum(["HTXS", "HTT", "HT", "KHT", "CXL"]);

/**
 * One indicator (chỉ tiêu) of the report form: its code, label and unit, what kind of value it
 * holds, whether more or less is better, whether it has a target, and whether a fraction is an
 * error. `atMost` names another indicator it may not exceed (women ≤ members ≤ employees);
 * `yesTarget` marks a yes/no indicator whose target is Có.
 *
 * @example
 * IndicatorSchema.parse({ code: "DV05", label: "Đoàn viên giảm trong kỳ", unit: "người",
 *   kind: "count", direction: "lower", hasTarget: false, integer: true }).direction // "lower"
 */
export const IndicatorSchema = z.strictObject({
  code: code(),
  label: text(),
  unit: text(),
  kind: z.enum(["count", "money", "number", "yesno"]),
  direction: z.enum(["higher", "lower"]),
  hasTarget: z.boolean(),
  integer: z.boolean(),
  atMost: code().optional(),
  yesTarget: z.boolean().optional(),
});

/**
 * One scoring criterion (tiêu chí) of the scoresheet and its max points (điểm chuẩn).
 *
 * @example
 * CriterionSchema.parse({ code: "TC6", label: "Công tác nữ công", maxPoints: 5 }).maxPoints // 5
 */
export const CriterionSchema = z.strictObject({
  code: code(),
  label: text(),
  maxPoints: z.number().gt(0),
});

const CapSchema = z.strictObject({
  indicator: code(),
  when: z.literal("not-met"),
  maxClass: z.enum(["HTT", "HT", "KHT"]),
});

const QuotaSchema = z.strictObject({
  class: z.literal("HTXS"),
  share: share(),
  of: z.array(z.enum(["HTXS", "HTT"])).min(1),
  rounding: z.literal("floor"),
  min: wholeNumber().min(0),
});

const TieBreakerSchema = z.union(
  [z.strictObject({ criterion: code() }), z.strictObject({ indicator: code() })],
  { error: "rules.expected.tie-breaker" },
);

const AwardLimitSchema = z.union(
  [
    z.strictObject({ count: wholeNumber().min(0) }),
    z.strictObject({ share: share(), of: z.enum(["classified", "included"]) }),
    z.strictObject({ perCluster: wholeNumber().min(1) }),
  ],
  { error: "rules.expected.award-limit" },
);

const AwardRuleSchema = z.strictObject({
  name: text(),
  classes: z.array(ClassCodeSchema).min(1),
  scope: z.enum(["province", "cluster"]),
  limit: AwardLimitSchema,
  excludeAwards: z.array(text()).optional(),
});

const RecipientSchema = z.enum(["individual", "collective"]);

const PerUnitLimitSchema = z.strictObject({
  recipient: RecipientSchema,
  count: wholeNumber().min(0).optional(),
  shareOfMembers: share().optional(),
  rounding: z.enum(["ceil", "floor"]).optional(),
});

const AwardSchema = z.strictObject({
  name: text(),
  level: z.enum(["CĐVC", "LĐLĐ tỉnh", "TLĐ"]),
  recipients: z.enum(["individual", "collective", "both"]),
  aliases: z.array(text()),
  // The word the report's sentence counts the award in ("26 giấy khen cho tập thể"); the
  // award's name when absent.
  countNoun: text().optional(),
  perUnitLimits: z.array(PerUnitLimitSchema),
});

/**
 * The whole rule set a province configures (DOMAIN.md, "Default rules", "Awards"): the form
 * version, the expected period and deadline, indicators, criteria, class thresholds, the CXL
 * rule, caps, the HTXS quota, tie-breakers, award rules, the award catalogue with per-unit
 * proposal limits, the indicator that counts a unit's members (the base of a limit given as a
 * share of members), and file size limits. Beyond each field's own type, the schema checks the
 * fields against each other (checkRulesConsistency): unique codes, criteria summing to 100,
 * descending thresholds, references to indicators, criteria and award rules that exist (the
 * members indicator a numeric one), a readable period and deadline. Every problem is
 * reported, none stops the others.
 *
 * @example
 * RulesSchema.safeParse(defaultRules).success // true
 * RulesSchema.safeParse({ ...defaultRules, thresholds: { HTXS: 70, HTT: 90, HT: 50 } }).success // false
 */
export const RulesSchema = z
  .strictObject({
    formVersion: text(),
    period: z.string().optional(),
    deadline: z.string().optional(),
    indicators: z.array(IndicatorSchema).min(1),
    criteria: z.array(CriterionSchema).min(1),
    thresholds: z.strictObject({
      HTXS: z.number().min(0).max(100),
      HTT: z.number().min(0).max(100),
      HT: z.number().min(0).max(100),
    }),
    cxl: z.strictObject({ minMonthsBeforePeriodEnd: wholeNumber().min(0) }),
    caps: z.array(CapSchema),
    quota: QuotaSchema.nullable(),
    tieBreakers: z.array(TieBreakerSchema),
    awardRules: z.array(AwardRuleSchema),
    awards: z.array(AwardSchema),
    membersIndicator: code(),
    limits: z.strictObject({ maxFileMB: z.number().gt(0), maxInflatedMB: z.number().gt(0) }),
    // The province's list of expected units (issue 9); empty: no list, nothing changes.
    units: UnitListSchema.optional(),
  })
  .superRefine(
    (rules, ctx) => {
      for (const problem of checkRulesConsistency(rules)) {
        ctx.addIssue({
          code: "custom",
          path: [...problem.path],
          message: problem.finding,
          input: problem.seen,
          params: { problem },
        });
      }
    },
    // Cross-field problems are reported even when some field has the wrong type, so a file
    // gets all its findings at once (checkRulesConsistency reads its input defensively).
    { when: () => true },
  );

/**
 * An indicator of the report form (see IndicatorSchema).
 *
 * @example
 * const women: Indicator = { code: "DV03", label: "Trong đó: đoàn viên nữ", unit: "người",
 *   kind: "count", direction: "higher", hasTarget: false, integer: true, atMost: "DV02" };
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * A scoring criterion (see CriterionSchema).
 *
 * @example
 * const tc1: Criterion = { code: "TC1", label: "Tổ chức Hội nghị CBCCVC, thực hiện quy chế dân chủ", maxPoints: 15 };
 */
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * A classification code (see ClassCodeSchema).
 *
 * @example
 * const best: ClassCode = "HTXS";
 */
export type ClassCode = z.infer<typeof ClassCodeSchema>;

/**
 * The rule set (see RulesSchema); `defaultRules` holds DOMAIN.md's defaults.
 *
 * @example
 * const strict: Rules = { ...defaultRules, thresholds: { HTXS: 95, HTT: 80, HT: 50 } };
 */
export type Rules = z.infer<typeof RulesSchema>;

/**
 * One award rule: who may receive the award, where it is counted, and how many.
 *
 * @example
 * const flags: AwardRule = { name: "Cờ thi đua của LĐLĐ tỉnh", classes: ["HTXS"],
 *   scope: "cluster", limit: { perCluster: 1 } };
 */
export type AwardRule = Rules["awardRules"][number];

/**
 * One award of the catalogue units propose people and collectives for.
 *
 * @example
 * const medal: Award = { name: "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
 *   level: "TLĐ", recipients: "individual", aliases: ["Kỷ niệm chương"], perUnitLimits: [] };
 */
export type Award = Rules["awards"][number];
