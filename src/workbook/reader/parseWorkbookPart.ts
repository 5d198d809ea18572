import { XmlScanner } from "./xmlScanner";

/** A sheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  /** The relationship that names the sheet's part. */
  readonly relationshipId: string;
}

/** What the workbook part says about the workbook as a whole. */
export interface WorkbookPart {
  /** In tab order. */
  readonly sheets: readonly SheetEntry[];
  /** Dates are counted from 1904-01-01 instead of 1900 (old Mac workbooks). */
  readonly date1904: boolean;
}

/**
 * Reads `xl/workbook.xml`: the sheets in tab order and the date system. Workbook protection
 * and file sharing (a password to modify, "read-only recommended") only guard editing in Excel
 * and do not hide the data, so they are ignored.
 *
 * @example
 * parseWorkbookPart('<workbook><workbookPr date1904="1"/><sheets><sheet name="BaoCao" sheetId="1" r:id="rId1"/></sheets></workbook>',
 *   "xl/workbook.xml", 64)
 * // { sheets: [{ name: "BaoCao", relationshipId: "rId1" }], date1904: true }
 */
export function parseWorkbookPart(xml: string, part: string, maxDepth: number): WorkbookPart {
  const scanner = new XmlScanner(xml, part, maxDepth);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    if (token === "close") {
      if (scanner.name === "sheets") inSheets = false;
      continue;
    }
    if (token !== "open" && token !== "empty") continue;
    const name = scanner.name;
    if (name === "workbookPr") {
      const value = scanner.attr("date1904")?.trim();
      date1904 = value === "1" || value === "true";
    } else if (name === "sheets") {
      inSheets = token === "open";
    } else if (name === "sheet" && inSheets) {
      sheets.push({ name: scanner.attr("name") ?? "", relationshipId: scanner.attr("id") ?? "" });
    }
  }
  return { sheets, date1904 };
}
