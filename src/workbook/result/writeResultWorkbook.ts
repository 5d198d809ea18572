import type { TableSheet } from "../excel/tableSheet";
import type { ConsolidationResult } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { formatPeriod } from "../../core/period";
import type { Rules } from "../../core/rules";
import { newOurWorkbook, workbookBytes } from "../excel/ourWorkbook";
import type { PartDeflate } from "../excel/packageZip";
import type { ResultContext, ResultSheet } from "./resultSheet";
import { RESULT_SHEETS } from "./resultSheets";

/** Options of {@link writeResultWorkbook}. */
export interface ResultWorkbookOptions {
  /** The language of titles, headers and labels; Vietnamese by default. Sheet names stay Vietnamese. */
  readonly lang?: Lang;
  /** The sheets to write instead of the standard ones (RESULT_SHEETS), e.g. one list to download. */
  readonly sheets?: readonly ResultSheet[];
  /** Sheets written after the standard ones, in the order given. */
  readonly extraSheets?: readonly ResultSheet[];
  /** When the workbook is written (the Cấu hình note, the file's properties); default now. */
  readonly generatedAt?: Date;
  /** Native deflating lent by the host (the command line's zlib); default fflate's. */
  readonly deflate?: PartDeflate;
}

/**
 * Writes the consolidation output workbook: Tổng hợp (figures by unit and indicator, live
 * provincial totals and attainment), Xếp loại (ranks, classes, reasons, cluster × class counts,
 * the quota), Khen thưởng (award proposals), Đề nghị khen thưởng (the units' own proposals,
 * listed per award), Kiểm tra (every file, its status and findings),
 * Báo cáo (the report's sentences) and Cấu hình (the rules used, as JSON), then any extra
 * sheets. Text from the submissions (names, codes, clusters, file names, messages, reasons)
 * is always written as text, never as a formula. Excel recalculates the formulas on opening;
 * their values are cached for readers that do not.
 *
 * @example
 * const bytes = await writeResultWorkbook(consolidate(input, rules), rules, { lang: "vi" });
 * await writeFile("TongHop.xlsx", bytes);
 */
export async function writeResultWorkbook(
  result: ConsolidationResult,
  rules: Rules,
  options: ResultWorkbookOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const generatedAt = options.generatedAt ?? new Date();
  const workbook = await newOurWorkbook(lang, generatedAt);
  workbook.calcProperties = { fullCalcOnLoad: true };

  const context = resultContext(result, rules, lang, generatedAt);
  // Filled one at a time as they are written: only one sheet's cells are ever held.
  const sheets = [...(options.sheets ?? RESULT_SHEETS), ...(options.extraSheets ?? [])].map(
    (sheet) => ({
      name: sheet.name,
      fill: (worksheet: TableSheet) => sheet.write(worksheet, context),
    }),
  );
  return workbookBytes(workbook, { deflate: options.deflate, sheets });
}

/** What every sheet of the output workbook is written from (see ResultContext). */
export function resultContext(
  result: ConsolidationResult,
  rules: Rules,
  lang: Lang,
  generatedAt: Date,
): ResultContext {
  return {
    result,
    rules,
    lang,
    period: result.period ? formatPeriod(result.period) : text("result.period.unknown", lang),
    generatedAt,
  };
}
