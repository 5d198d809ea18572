import { supportsExcelApi } from "./apiSupport";
import type { CellFill } from "./markRecord";
import { sheetNameKey } from "./sheetNames";

/**
 * How a mark explains itself: a note (ExcelApi 1.18, the classic yellow note), a comment
 * where notes are not available yet (ExcelApi 1.10; it shows the user as its author), or
 * nothing on older Excel, where the fill alone marks the cell and the pane lists the findings.
 *
 * @example
 * annotationKind() // "note" in current Microsoft 365
 */
export function annotationKind(): "note" | "comment" | "none" {
  if (supportsExcelApi("1.18")) return "note";
  if (supportsExcelApi("1.10")) return "comment";
  return "none";
}

/** The fill properties this Excel can read: the pattern needs ExcelApi 1.9. */
export function fillProperties(): string[] {
  return supportsExcelApi("1.9") ? ["color", "pattern", "patternColor"] : ["color"];
}

/** A loaded fill as a plain value (properties this Excel cannot read are null). */
export function fillOf(fill: Excel.RangeFill, properties: readonly string[]): CellFill {
  const read = (name: "color" | "pattern" | "patternColor") =>
    properties.includes(name) ? ((fill[name] as string | null | undefined) ?? null) : null;
  return { color: read("color"), pattern: read("pattern"), patternColor: read("patternColor") };
}

/**
 * Puts a fill back as it was: no fill at all where there was none (a white "colour" with no
 * pattern is how Excel reports an empty background), else the colour, then any pattern.
 */
export function restoreFill(fill: Excel.RangeFill, before: CellFill): void {
  const none =
    before.pattern === "None" ||
    before.color === null ||
    (before.pattern === null && before.color.toUpperCase() === "#FFFFFF");
  if (none) {
    fill.clear();
    return;
  }
  fill.color = before.color!;
  if (before.pattern !== null && before.pattern !== "Solid") {
    fill.pattern = before.pattern as Excel.FillPattern;
    if (before.patternColor !== null) fill.patternColor = before.patternColor;
  }
}

/** Two colours as Excel writes them (#RRGGBB, any case) are the same colour. */
export function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.toUpperCase() === b.toUpperCase();
}

/**
 * Queues a load of the comments on some sheets with the cells they sit on; after two syncs
 * (the comments, then their cells) `cells()` gives "sheet!A1" keys and `byId` the comments.
 */
export async function loadComments(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Promise<{ cells: Set<string>; byId: Map<string, Excel.Comment> }> {
  const collections = [...new Set(sheets)].map((sheet) => {
    const comments = context.workbook.worksheets.getItem(sheet).comments;
    comments.load("items/id");
    return { sheet, comments };
  });
  await context.sync();
  const located = collections.flatMap(({ sheet, comments }) =>
    comments.items.map((comment) => {
      const range = comment.getLocation();
      range.load("address");
      return { sheet, comment, range };
    }),
  );
  if (located.length > 0) await context.sync();
  const cells = new Set<string>();
  const byId = new Map<string, Excel.Comment>();
  for (const { sheet, comment, range } of located) {
    cells.add(cellKey(sheet, range.address.slice(range.address.lastIndexOf("!") + 1)));
    byId.set(comment.id, comment);
  }
  return { cells, byId };
}

/** A cell's key across sheets: the sheet as Excel compares names, and the address without `$`. */
export function cellKey(sheet: string, address: string): string {
  return `${sheetNameKey(sheet)}!${address.replace(/\$/g, "").toUpperCase()}`;
}
