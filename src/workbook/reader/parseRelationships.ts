import { resolveTarget } from "./partPath";
import { XmlScanner } from "./xmlScanner";

/** One relationship of a part: its id, its type (a URI) and the part it points at. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a path inside the package. */
  readonly target: string;
}

/**
 * Reads a relationships part (`*.rels`). External targets (links to other files or web
 * addresses) are left out: the reader never follows them.
 *
 * @example
 * parseRelationships('<Relationships><Relationship Id="rId1" Type=".../worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
 *   "xl/_rels/workbook.xml.rels", "xl/workbook.xml", 64)
 * // [{ id: "rId1", type: ".../worksheet", target: "xl/worksheets/sheet1.xml" }]
 */
export function parseRelationships(
  xml: string,
  part: string,
  sourcePart: string,
  maxDepth: number,
): Relationship[] {
  const scanner = new XmlScanner(xml, part, maxDepth);
  const out: Relationship[] = [];
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    if ((token !== "open" && token !== "empty") || scanner.name !== "Relationship") continue;
    const id = scanner.attr("Id");
    const target = scanner.attr("Target");
    if (id === undefined || target === undefined || scanner.attr("TargetMode") === "External") {
      continue;
    }
    out.push({ id, type: scanner.attr("Type") ?? "", target: resolveTarget(sourcePart, target) });
  }
  return out;
}
