import { readStringItem } from "./readStringItem";
import { XmlScanner } from "./xmlScanner";

/**
 * Reads the shared strings part: the texts that cells of type `s` point at by index.
 *
 * @example
 * parseSharedStrings('<sst><si><t>Mã số</t></si><si><r><t>Chỉ </t></r><r><t>tiêu</t></r></si></sst>',
 *   "xl/sharedStrings.xml", 64, 32767)
 * // ["Mã số", "Chỉ tiêu"]
 */
export function parseSharedStrings(
  xml: string,
  part: string,
  maxDepth: number,
  maxStringLength: number,
): string[] {
  const scanner = new XmlScanner(xml, part, maxDepth);
  const strings: string[] = [];
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    if ((token === "open" || token === "empty") && scanner.is("si")) {
      strings.push(readStringItem(scanner, maxStringLength));
    }
  }
  return strings;
}
