/**
 * A small consolidation for the output workbook's tests: units in two clusters and one in
 * none, a capped unit, a CXL unit, a warning, a replaced copy, an unreadable file, a rejected
 * file, a batch finding, and unit names that look like formulas.
 */
import type { Workbook } from "exceljs";
import { loadWorkbook } from "../../../test/support/readXlsx";
import {
  consolidate,
  type ConsolidationEntry,
  type ConsolidationResult,
  type CriterionValue,
  type UnitValues,
} from "../../core/consolidation";
import { makeFinding } from "../../core/findings/makeFinding";
import type { Lang } from "../../core/messages/format";
import { defaultRules, type Rules } from "../../core/rules";
import { newOurWorkbook, workbookBytes } from "../excel/ourWorkbook";
import type { ResultSheet } from "./resultSheet";
import { RESULT_SHEETS } from "./resultSheets";
import { resultContext, writeResultWorkbook } from "./writeResultWorkbook";

/** Names a spreadsheet would run as formulas if they were written as anything but text. */
export const INJECTIONS = {
  CD01: '=HYPERLINK("http://x","y")',
  CD02: "+cmd|' /C calc'!A0",
  CD03: "-2+3",
  CD04: "@SUM(A1)",
} as const;

/** The default rules, with a target for DV05 (less is better) so its attainment flips. */
export const sampleRules: Rules = {
  ...defaultRules,
  indicators: defaultRules.indicators.map((i) =>
    i.code === "DV05" ? { ...i, hasTarget: true } : i,
  ),
};

/** Self scores that add up to `score`, filling the criteria in order. */
function criteriaFor(score: number): Record<string, CriterionValue> {
  let left = score;
  return Object.fromEntries(
    sampleRules.criteria.map((c) => {
      const self = Math.min(c.maxPoints, left);
      left -= self;
      return [c.code, { maxPoints: c.maxPoints, self, appraised: null }];
    }),
  );
}

interface SampleUnit {
  readonly code: string;
  readonly cluster: string | null;
  readonly score: number;
  readonly members: number;
  readonly recruited: [target: number, actual: number];
  readonly lost: [target: number, actual: number];
  readonly conference?: boolean;
  readonly founded?: Date;
}

function unit(u: SampleUnit): UnitValues {
  return {
    code: u.code,
    name: INJECTIONS[u.code as keyof typeof INJECTIONS] ?? `Công đoàn ${u.code}`,
    cluster: u.cluster,
    founded: u.founded ?? new Date(Date.UTC(2010, 2, 15)),
    indicators: {
      DV02: { target: null, actual: u.members },
      DV04: { target: u.recruited[0], actual: u.recruited[1] },
      DV05: { target: u.lost[0], actual: u.lost[1] },
      CL01: { target: null, actual: u.conference ?? true },
      CL03: { target: null, actual: 10.5 },
    },
    criteria: criteriaFor(u.score),
  };
}

const entry = (
  file: string,
  values: UnitValues | null,
  findings: ConsolidationEntry["findings"] = [],
  replacedBy: string | null = null,
): ConsolidationEntry => ({ file, unit: values, findings, replacedBy });

/** A warning on an included file. */
export const asText = makeFinding(
  "number.as-text",
  { file: "f.xlsx", sheet: "BaoCao", cell: "F14" },
  { text: "1,6 tỷ", value: "1600" },
);
/** The error that keeps "+bad.xlsx" out. */
export const notANumber = makeFinding(
  "number.not-a-number",
  { file: "+bad.xlsx", sheet: "BaoCao", cell: "F12" },
  { text: "=1+1" },
);
export const unreadable = makeFinding(
  "file.unreadable",
  { file: "broken.xlsx" },
  { reason: "zip hỏng" },
);
export const replaced = makeFinding(
  "unit.replaced",
  { file: "i-cu.xlsx" },
  { code: "CD09", name: "Công đoàn CD09", replacedBy: "i-moi.xlsx", laterDate: "12/12/2024" },
);
export const batchFinding = makeFinding("batch.period-invalid", { file: "" }, { text: "Năm 20x4" });

/** The files of the sample batch, in the order given. */
export function sampleEntries(): ConsolidationEntry[] {
  return [
    entry(
      "a.xlsx",
      unit({
        code: "CD01",
        cluster: "Cụm 1",
        score: 96,
        members: 120,
        recruited: [10, 12],
        lost: [2, 1],
      }),
    ),
    entry(
      "b.xlsx",
      unit({
        code: "CD02",
        cluster: "Cụm 1",
        score: 92,
        members: 80,
        recruited: [5, 4],
        lost: [2, 0],
      }),
    ),
    entry(
      "c.xlsx",
      unit({
        code: "CD03",
        cluster: "Cụm 2",
        score: 94,
        members: 60,
        recruited: [4, 4],
        lost: [1, 2],
        conference: false,
      }),
    ),
    entry(
      "d.xlsx",
      unit({
        code: "CD04",
        cluster: "Cụm 2",
        score: 91,
        members: 45,
        recruited: [3, 3],
        lost: [1, 1],
      }),
    ),
    entry(
      "e.xlsx",
      unit({
        code: "CD05",
        cluster: "Cụm 2",
        score: 85,
        members: 30,
        recruited: [2, 1],
        lost: [0, 0],
      }),
    ),
    entry(
      "f.xlsx",
      unit({
        code: "CD06",
        cluster: "Cụm 1",
        score: 78,
        members: 25,
        recruited: [2, 2],
        lost: [1, 6],
      }),
      [asText],
    ),
    entry(
      "g.xlsx",
      unit({
        code: "CD07",
        cluster: "Cụm 1",
        score: 45,
        members: 20,
        recruited: [1, 0],
        lost: [0, 1],
      }),
    ),
    entry(
      "h.xlsx",
      unit({
        code: "CD08",
        cluster: "Cụm 2",
        score: 88,
        members: 15,
        recruited: [1, 1],
        lost: [0, 0],
        founded: new Date(Date.UTC(2024, 9, 1)),
      }),
    ),
    entry(
      "k.xlsx",
      unit({
        code: "CD11",
        cluster: null,
        score: 72,
        members: 10,
        recruited: [1, 2],
        lost: [1, 0],
      }),
    ),
    entry(
      "i-cu.xlsx",
      unit({
        code: "CD09",
        cluster: "Cụm 1",
        score: 99,
        members: 99,
        recruited: [9, 9],
        lost: [9, 9],
      }),
      [replaced],
      "i-moi.xlsx",
    ),
    entry(
      "i-moi.xlsx",
      unit({
        code: "CD09",
        cluster: "Cụm 1",
        score: 75,
        members: 40,
        recruited: [3, 5],
        lost: [1, 1],
      }),
    ),
    entry("broken.xlsx", null, [unreadable]),
    entry(
      "+bad.xlsx",
      unit({
        code: "CD10",
        cluster: "Cụm 2",
        score: 97,
        members: 50,
        recruited: [5, 5],
        lost: [0, 0],
      }),
      [notANumber],
    ),
  ];
}

/** The sample batch consolidated for the year 2024. */
export function sampleResult(lang: Lang = "vi"): ConsolidationResult {
  return consolidate(
    { entries: sampleEntries(), period: { kind: "year", year: 2024 }, findings: [batchFinding] },
    sampleRules,
    { lang },
  );
}

/** A fixed moment, so the Cấu hình note is the same on every run. */
export const GENERATED_AT = new Date(2025, 0, 15, 9, 30);

/** The sample written, and read back with ExcelJS. */
export async function writeSample(
  lang: Lang = "vi",
): Promise<{ bytes: Uint8Array; workbook: Workbook; result: ConsolidationResult }> {
  const result = sampleResult(lang);
  const bytes = await writeResultWorkbook(result, sampleRules, { lang, generatedAt: GENERATED_AT });
  return { bytes, workbook: await loadWorkbook(bytes), result };
}

/**
 * The output workbook as writeResultWorkbook writes it, but with every sheet filled into
 * ExcelJS's own worksheets first (no LeanSheet): what the LeanSheet's cells must match.
 */
export async function writtenThroughExcelJS(
  result: ConsolidationResult,
  rules: Rules,
  options: { lang?: Lang; extraSheets?: readonly ResultSheet[] } = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const workbook = await newOurWorkbook(lang, GENERATED_AT);
  workbook.calcProperties = { fullCalcOnLoad: true };
  const context = resultContext(result, rules, lang, GENERATED_AT);
  for (const sheet of [...RESULT_SHEETS, ...(options.extraSheets ?? [])]) {
    sheet.write(workbook.addWorksheet(sheet.name), context);
  }
  return workbookBytes(workbook);
}
