import { isDateFormat } from "./isDateFormat";
import { XmlScanner } from "./xmlScanner";

/**
 * Reads the styles part down to what the reader needs: for each cell format (`cellXfs`, whose
 * index a cell's `s` attribute holds), whether its number format shows a date. Custom formats
 * come from `numFmts`; the formats of differential styles (`dxfs`, used by conditional
 * formatting) and of cell styles (`cellStyleXfs`) never apply to a cell's value.
 *
 * @example
 * parseStyles('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
 *   '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
 *   "xl/styles.xml", 64)
 * // [false, true, true]
 */
export function parseStyles(xml: string, part: string, maxDepth: number): boolean[] {
  const scanner = new XmlScanner(xml, part, maxDepth);
  const customFormats = new Map<number, string>();
  const cellFormats: number[] = [];
  let section = "";
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    if (token === "close") {
      if (scanner.name === section) section = "";
      continue;
    }
    if (token !== "open" && token !== "empty") continue;
    const name = scanner.name;
    if (name === "numFmts" || name === "cellXfs") {
      if (token === "open") section = name;
    } else if (name === "numFmt" && section === "numFmts") {
      const id = Number(scanner.attr("numFmtId"));
      const code = scanner.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
    } else if (name === "xf" && section === "cellXfs") {
      const id = Number(scanner.attr("numFmtId") ?? 0);
      cellFormats.push(Number.isInteger(id) ? id : 0);
      if (token === "open") scanner.skipElement();
    }
  }
  return cellFormats.map((id) => isDateFormat(id, customFormats.get(id)));
}
