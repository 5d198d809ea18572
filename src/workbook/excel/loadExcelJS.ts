import type * as ExcelJSNamespace from "exceljs";

/** The ExcelJS module: `Workbook`, the value enums and the rest of its exports. */
export type ExcelJSModule = typeof ExcelJSNamespace;

/**
 * Loads ExcelJS on first use. It is a large library that only the writers need, so the
 * bundles that read workbooks or only compute (the custom functions, the reader worker, most
 * CLI commands) do not pay for it: a dynamic import becomes a separate chunk in webpack and
 * stays an external `require` in the CLI bundle.
 *
 * @example
 * const ExcelJS = await loadExcelJS();
 * const workbook = new ExcelJS.Workbook();
 */
export async function loadExcelJS(): Promise<ExcelJSModule> {
  const loaded = (await import("exceljs")) as ExcelJSModule & { default?: ExcelJSModule };
  // ExcelJS is CommonJS: bundlers hand its exports over as `default`, ts-jest as the module.
  return loaded.default ?? loaded;
}
