import { damaged, ReaderFailure } from "./readerFailure";
import type { XmlScanner } from "./xmlScanner";
import { decodeEscapedText } from "./xmlText";

/**
 * Reads a string item, the scanner standing on its start tag: a shared string `<si>` or an
 * inline string `<is>`. The text is that of its `<t>` elements, directly inside or in rich
 * text runs `<r>`; phonetic guides `<rPh>` (furigana over East Asian text) are not part of it.
 * Whitespace is kept as written, with or without `xml:space="preserve"`.
 *
 * @example
 * // <si><r><t>Báo </t></r><r><rPr><b/></rPr><t>cáo</t></r></si>
 * readStringItem(scanner, 32767) // "Báo cáo"
 */
export function readStringItem(scanner: XmlScanner, maxLength: number): string {
  if (scanner.token !== "open") return "";
  const outer = scanner.depth - 1;
  let text = "";
  for (;;) {
    const token = scanner.next();
    if (token === "open") {
      if (scanner.is("t")) {
        text += decodeEscapedText(scanner.readText());
        if (text.length > maxLength) {
          throw new ReaderFailure("file.string-too-long", { part: scanner.part, limit: maxLength });
        }
      } else if (scanner.is("rPh")) {
        scanner.skipElement();
      }
    } else if (token === "close" && scanner.depth === outer) {
      return text;
    } else if (token === "end") {
      throw damaged(scanner.part);
    }
  }
}
