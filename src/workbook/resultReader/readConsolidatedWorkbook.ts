import type { PeriodResult, PeriodUnit } from "../../core/comparison";
import type { Finding } from "../../core/findings/finding";
import { makeFinding } from "../../core/findings/makeFinding";
import type { WorkbookGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { findSheet } from "../../core/report";
import { readWorkbook } from "../reader";
import { RESULT_MARKER } from "../result/configSheet";
import type { ReaderLimits } from "../limits";
import { readClassificationUnits } from "./readClassificationUnits";
import { readConfigSheet } from "./readConfigSheet";
import { readSummaryUnits } from "./readSummaryUnits";

/** The sheets of a result workbook that hold what a later run needs (always named in Vietnamese). */
export const RESULT_SHEETS_READ = {
  summary: text("result.sheet.summary", "vi"),
  classification: text("result.sheet.classification", "vi"),
  config: text("result.sheet.config", "vi"),
} as const;

const WANTED: ReadonlySet<string> = new Set(Object.values(RESULT_SHEETS_READ));

/** What reading a result workbook back gives: the period it holds, or why it cannot be used. */
export type ConsolidatedRead =
  | { readonly ok: true; readonly result: PeriodResult }
  | { readonly ok: false; readonly findings: Finding[] };

/**
 * Reads a result workbook written earlier by this tool (writeResultWorkbook) back into plain
 * values: the period and rules from sheet Cấu hình, where its mark (RESULT_MARKER) says it is
 * one of ours; each included unit's figures from Tổng hợp (cached values, never recalculated)
 * joined by code with its rank, score and class from Xếp loại. Everything it cannot use is a
 * finding and no result: a file that is not a workbook (the reader's own findings), a workbook
 * without the mark (`consolidated.not-ours`), a missing sheet, an unreadable period or rules,
 * a moved column, a figure that is not a number, a unit on one sheet and not the other. The
 * result's `source` is the file's name as given.
 *
 * @example
 * const read = readConsolidatedWorkbook(bytes, "TongHop-2023.xlsx");
 * if (read.ok) read.result.period // { kind: "year", year: 2023 }
 * else read.findings[0].code // "consolidated.not-ours"
 */
export function readConsolidatedWorkbook(
  bytes: Uint8Array,
  file: string,
  options: { readonly lang?: Lang; readonly limits?: Partial<ReaderLimits> } = {},
): ConsolidatedRead {
  const lang = options.lang ?? "vi";
  const read = readWorkbook(bytes, file, {
    sheetFilter: (name) => WANTED.has(name),
    ...(options.limits ? { limits: options.limits } : {}),
    lang,
  });
  if (!read.ok) return { ok: false, findings: read.findings };
  return readConsolidatedGrid(read.workbook, file, lang);
}

/**
 * {@link readConsolidatedWorkbook} on sheets already read into grids: for the pane, which reads
 * a result workbook open in Excel (its sheets Tổng hợp, Xếp loại and Cấu hình) through the
 * Excel adapter rather than from a file's bytes.
 *
 * @example
 * const read = readConsolidatedGrid({ sheetNames, sheets }, "TongHop-2023.xlsx");
 */
export function readConsolidatedGrid(
  grid: WorkbookGrid,
  file: string,
  lang: Lang = "vi",
): ConsolidatedRead {
  const config = findSheet(grid, RESULT_SHEETS_READ.config);
  if (!config) {
    return {
      ok: false,
      findings: [
        makeFinding(
          "consolidated.not-ours",
          { file, sheet: RESULT_SHEETS_READ.config },
          { marker: RESULT_MARKER },
          lang,
        ),
      ],
    };
  }
  const settings = readConfigSheet(config, file, lang);
  if (!settings.ok) return settings;

  const summarySheet = findSheet(grid, RESULT_SHEETS_READ.summary);
  const classificationSheet = findSheet(grid, RESULT_SHEETS_READ.classification);
  const missing = [
    ...(summarySheet ? [] : [RESULT_SHEETS_READ.summary]),
    ...(classificationSheet ? [] : [RESULT_SHEETS_READ.classification]),
  ];
  if (!summarySheet || !classificationSheet) {
    return {
      ok: false,
      findings: missing.map((sheet) =>
        makeFinding("consolidated.sheet-missing", { file, sheet }, {}, lang),
      ),
    };
  }
  const summary = readSummaryUnits(summarySheet, settings.rules, file, lang);
  const ranked = readClassificationUnits(classificationSheet, file, lang);
  const findings = [...summary.findings, ...ranked.findings];
  // A sheet that did not read cleanly has no units to match the other sheet's against.
  if (findings.length > 0) return { ok: false, findings };

  const figures = new Map(summary.units.map((u) => [u.code, u]));
  const rankedCodes = new Set(ranked.units.map((u) => u.code));
  const unmatched = (code: string, sheet: string, other: string) =>
    makeFinding("consolidated.unit-unmatched", { file, sheet }, { code, other }, lang);
  for (const unit of summary.units) {
    if (!rankedCodes.has(unit.code)) {
      findings.push(unmatched(unit.code, summarySheet.name, classificationSheet.name));
    }
  }
  const units: PeriodUnit[] = [];
  for (const unit of ranked.units) {
    const figured = figures.get(unit.code);
    if (!figured) {
      findings.push(unmatched(unit.code, classificationSheet.name, summarySheet.name));
      continue;
    }
    units.push({ ...unit, indicators: figured.indicators });
  }
  if (findings.length > 0) return { ok: false, findings };
  return {
    ok: true,
    result: { source: file, period: settings.period, rules: settings.rules, units },
  };
}
