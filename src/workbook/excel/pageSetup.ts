import type { TableSheet } from "./tableSheet";

/** Options of {@link setA4Print}. */
export interface A4PrintOptions {
  /** Default portrait. */
  readonly orientation?: "portrait" | "landscape";
  /** The rows repeated at the top of every printed page, e.g. the table's header row. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** The columns repeated at the left of every printed page (letters), e.g. a unit's code and name. */
  readonly titleColumns?: { readonly first: string; readonly last: string };
  /** Pages across: default 1; 0 prints at full size on as many pages across as it takes. */
  readonly pagesWide?: number;
}

/** Excel's paper size code for A4 (ECMA-376, ST_PaperSize). */
const A4 = 9;

/**
 * Prints a sheet on A4, one page wide (or `pagesWide`) and as many pages long as it takes,
 * centred, with the given rows and columns repeated on every page (Vietnamese administrative
 * documents are A4). A table too wide to shrink onto one page legibly can print on several
 * pages across, repeating its identifying columns.
 *
 * @example
 * setA4Print(sheet, { titleRows: { first: 12, last: 12 } });
 * setA4Print(wide, { orientation: "landscape", pagesWide: 0, titleColumns: { first: "A", last: "C" } });
 */
export function setA4Print(sheet: TableSheet, options: A4PrintOptions = {}): void {
  const rows = options.titleRows;
  const columns = options.titleColumns;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: options.orientation ?? "portrait",
    fitToPage: true,
    fitToWidth: options.pagesWide ?? 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(rows ? { printTitlesRow: `${rows.first}:${rows.last}` } : {}),
    ...(columns ? { printTitlesColumn: `${columns.first}:${columns.last}` } : {}),
  };
}
