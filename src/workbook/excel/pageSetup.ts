import type { Worksheet } from "exceljs";

/** Options of {@link setA4Print}. */
export interface A4PrintOptions {
  /** Default portrait. */
  readonly orientation?: "portrait" | "landscape";
  /** The rows repeated at the top of every printed page, e.g. the table's header row. */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

/** Excel's paper size code for A4 (ECMA-376, ST_PaperSize). */
const A4 = 9;

/**
 * Prints a sheet on A4, one page wide and as many pages long as it takes, centred, with the
 * given rows repeated on every page (Vietnamese administrative documents are A4).
 *
 * @example
 * setA4Print(sheet, { titleRows: { first: 12, last: 12 } });
 */
export function setA4Print(sheet: Worksheet, options: A4PrintOptions = {}): void {
  const rows = options.titleRows;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: options.orientation ?? "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(rows ? { printTitlesRow: `${rows.first}:${rows.last}` } : {}),
  };
}
