import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import {
  addResultCharts,
  base64FromBytes,
  CHART_SHEET,
  createWorkbookFromBytes,
  existingSheets,
  gridToResultSheets,
  insertWorkbookSheets,
  markFindings,
  readReportGrid,
  readRulesSheet,
  selectCell,
  supportsExcelApi,
  unmarkFindings,
  usedRangeToSheet,
  writeResultSheets,
  writeRulesSheet,
} from "../excel";
import type { SheetGrid } from "../../core/grid/cell";
import type { ConsolidatedReply } from "../worker/protocol";
import type { ExcelBridge } from "./paneContext";

/** Runs one batch of Excel work; `Excel.run` in Excel, a mock's `run` in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The pane's actions on the open workbook, each one `Excel.run` of the adapter's functions
 * (src/taskpane/excel): reads queued and synced there, writes in chunks under Office's request
 * limit, text written as text. `workbookName` names the open workbook in findings.
 */
export function createExcelBridge(
  lang: Lang,
  run: ExcelRun = (batch) => Excel.run(batch),
  workbookName: () => string = () => openWorkbookName(lang),
): ExcelBridge {
  return {
    readOpenWorkbook: () =>
      run(async (context) => ({ file: workbookName(), grid: await readReportGrid(context) })),
    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    markFindings: async (findings) => {
      await run((context) => markFindings(context, findings, { lang }));
    },
    unmarkFindings: async () => {
      await run((context) => unmarkFindings(context));
    },
    existingResultSheets: (reply) => run((context) => existingSheets(context, sheetsOf(reply))),
    writeResults: (reply) =>
      run(async (context) => {
        const names = resultSheetNames(reply);
        // The workbook's own sheets keep the writer's styles; where Excel cannot insert them
        // (before ExcelApi 1.13, or Excel on the web refusing a sheet, after which the adapter
        // has put the old sheets back) they are written cell by cell from the same workbook
        // read back: the result gets into the workbook either way.
        const inserted = await insertWorkbookSheets(
          context,
          base64FromBytes(reply.workbook),
          names,
          {
            replace: true,
            lang,
          },
        ).catch(() => false);
        if (!inserted) {
          if (!reply.grid) throw new Error("the result workbook was not read back");
          await writeResultSheets(context, gridToResultSheets(reply.grid), { replace: true, lang });
        }
        const { clusterClassCounts, units } = reply.result;
        await addResultCharts(
          context,
          { clusterClassCounts, unitScores: units },
          { replace: true, lang },
        );
        return sheetsOf(reply);
      }),
    canCreateWorkbook: supportsExcelApi("1.8"),
    createWorkbook: (bytes) => createWorkbookFromBytes(bytes),
    writeRulesSheet: (json) => run((context) => writeRulesSheet(context, json)),
    readRulesSheet: () => run((context) => readRulesSheet(context)),
    existingSheets: (names) => run((context) => existingSheets(context, names)),
    writeUnitListSheet: (name, rows) =>
      run((context) => {
        const width = Math.max(0, ...rows.map((row) => row.length));
        const textColumns = Array.from({ length: width }, (_, i) => i);
        return writeResultSheets(context, [{ name, rows, textColumns, freezeRows: 1 }], {
          replace: true,
          lang,
        });
      }),
    readSheet: (name) => run((context) => readSheet(context, name)),
  };
}

// DATE(1904;1;1) is 0 in a workbook counting from 1904 (see readReportGrid).
const EPOCH_1904_SERIAL = 0;

/** One sheet's used range as the grid the core reads; null when the workbook has no such sheet. */
async function readSheet(context: Excel.RequestContext, name: string): Promise<SheetGrid | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load("value");
  await context.sync();
  if (!worksheets.items.some((sheet) => sheet.name === name)) return null;
  const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
  range.load(["values", "numberFormat", "formulas", "valueTypes", "rowIndex", "columnIndex"]);
  await context.sync();
  if (range.isNullObject) return { name, rows: [] };
  return usedRangeToSheet(name, range, epoch.value === EPOCH_1904_SERIAL);
}

/** The sheets of the result workbook, as the worker read them back. */
function resultSheetNames(reply: ConsolidatedReply): string[] {
  return [...(reply.grid?.sheetNames ?? [])];
}

/** Every sheet a result puts into the open workbook: its own and the chart sheet. */
function sheetsOf(reply: ConsolidatedReply): string[] {
  return [...resultSheetNames(reply), CHART_SHEET];
}

/** The open workbook's file name from Office, or a description when it has none yet. */
function openWorkbookName(lang: Lang): string {
  const url = typeof Office !== "undefined" ? Office.context?.document?.url : undefined;
  const last = url?.split(/[\\/]/).pop() ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a name with a stray "%": shown as it is
  }
  return name || text("pane.check.open-workbook", lang);
}
