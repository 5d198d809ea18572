import type { TableSheet } from "../excel/tableSheet";
import type { ConsolidationResult } from "../../core/consolidation";
import type { Lang } from "../../core/messages/format";
import type { Rules } from "../../core/rules";

/**
 * What every sheet of the output workbook is written from: the consolidation, the rules it
 * used, the language of headers and labels, the period as titles show it, and the moment the
 * workbook was written.
 */
export interface ResultContext {
  readonly result: ConsolidationResult;
  readonly rules: Rules;
  readonly lang: Lang;
  /** The period as the titles show it ("Năm 2024"), or a note that it is unknown. */
  readonly period: string;
  readonly generatedAt: Date;
}

/**
 * One sheet of the output workbook: its name (always the Vietnamese one, see
 * catalog/result.ts) and how to fill the empty worksheet the writer made for it. The writer
 * lists the sheets in one registry (resultSheets.ts): a new sheet is a module and one line.
 *
 * @example
 * const notes: ResultSheet = {
 *   name: "Ghi chú",
 *   write(sheet, { period }) { setText(sheet.getCell("A1"), period); },
 * };
 */
export interface ResultSheet {
  readonly name: string;
  write(sheet: TableSheet, context: ResultContext): void;
}
