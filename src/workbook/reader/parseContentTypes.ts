import { XmlScanner } from "./xmlScanner";

/** The content type of a part: its own override, else the default for its extension. */
export type ContentTypeOf = (part: string) => string | undefined;

/**
 * Reads `[Content_Types].xml`, the package's list of what each part is.
 *
 * @example
 * const typeOf = parseContentTypes('<Types><Default Extension="xml" ContentType="application/xml"/>' +
 *   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>', 64);
 * typeOf("xl/workbook.xml") // "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
 * typeOf("docProps/app.xml") // "application/xml"
 */
export function parseContentTypes(xml: string, maxDepth: number): ContentTypeOf {
  const scanner = new XmlScanner(xml, "[Content_Types].xml", maxDepth);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    if (token !== "open" && token !== "empty") continue;
    const type = scanner.attr("ContentType");
    if (type === undefined) continue;
    if (scanner.name === "Default") {
      const extension = scanner.attr("Extension");
      if (extension !== undefined) defaults.set(extension.toLowerCase(), type);
    } else if (scanner.name === "Override") {
      const name = scanner.attr("PartName");
      if (name !== undefined) overrides.set(name.replace(/^\//, "").toLowerCase(), type);
    }
  }
  // Part names are case-insensitive in a package.
  return (part) => {
    const name = part.toLowerCase();
    const override = overrides.get(name);
    if (override !== undefined) return override;
    const dot = name.lastIndexOf(".");
    return dot === -1 ? undefined : defaults.get(name.slice(dot + 1));
  };
}
