import type { Finding } from "../../core/findings/finding";
import type { SheetGrid, WorkbookGrid } from "../../core/grid/cell";
import type { Lang } from "../../core/messages/format";
import type { Rules } from "../../core/rules";
import type { ConsolidatedReply } from "../worker/protocol";
import type { WorkerLike } from "./batchClient";

/**
 * What the pane can do in the open workbook. Present only inside Excel; each method is one
 * user action, one `Excel.run` (see excelBridge.ts). Outside Excel the pane has none of it and
 * offers downloads instead.
 */
export interface ExcelBridge {
  /** The open workbook's name and its form sheets as cell grids. */
  readOpenWorkbook(): Promise<{ readonly file: string; readonly grid: WorkbookGrid }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  markFindings(findings: readonly Finding[]): Promise<void>;
  unmarkFindings(): Promise<void>;
  /** The sheets of the open workbook that writing this result would replace. */
  existingResultSheets(reply: ConsolidatedReply): Promise<string[]>;
  /**
   * Writes the result workbook's sheets and the chart sheet, replacing sheets of the same
   * names; resolves with the names of the sheets written.
   */
  writeResults(reply: ConsolidatedReply): Promise<string[]>;
  /** Whether this Excel can open a new workbook from bytes (ExcelApi 1.8). */
  readonly canCreateWorkbook: boolean;
  createWorkbook(bytes: Uint8Array): Promise<void>;
  writeRulesSheet(json: string): Promise<void>;
  /** The JSON text of the CauHinh sheet; null when the workbook has no such sheet. */
  readRulesSheet(): Promise<string | null>;
  /** The sheets of these names the open workbook has. */
  existingSheets(names: readonly string[]): Promise<string[]>;
  /** Writes the unit list's rows as a sheet, every column text, replacing a sheet of that name. */
  writeUnitListSheet(name: string, rows: readonly (readonly string[])[]): Promise<void>;
  /** A sheet of the open workbook as a cell grid; null when there is no such sheet. */
  readSheet(name: string): Promise<SheetGrid | null>;
}

/** The rules the pane works with, and where they came from. */
export interface ActiveRules {
  readonly rules: Rules;
  readonly source: "default" | "sheet" | "file";
  /** The file or sheet they were read from; empty for the defaults. */
  readonly name: string;
}

/** Holds the active rules; sections read them at the moment they act. */
export interface RulesHolder {
  get(): ActiveRules;
  set(rules: ActiveRules): void;
  onChange(listener: (rules: ActiveRules) => void): void;
}

/** A rules holder starting from `initial`. */
export function createRulesHolder(initial: ActiveRules): RulesHolder {
  let current = initial;
  const listeners: Array<(rules: ActiveRules) => void> = [];
  return {
    get: () => current,
    set(rules) {
      current = rules;
      for (const listener of listeners) listener(rules);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

/** Everything a section of the pane is drawn with. */
export interface PaneContext {
  readonly doc: Document;
  readonly lang: Lang;
  readonly version: string;
  readonly excel: ExcelBridge | null;
  readonly startWorker: () => WorkerLike;
  readonly rules: RulesHolder;
}
