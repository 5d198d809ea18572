/**
 * The part a relationship points at, as a path inside the package: a target is relative to the
 * folder of the part that holds the relationship, or absolute from the package root when it
 * starts with `/`. `..` cannot climb above the root; the path only names an entry in memory.
 *
 * @example
 * resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml") // "xl/worksheets/sheet2.xml"
 * resolveTarget("xl/workbook.xml", "../customXml/item1.xml") // "customXml/item1.xml"
 */
export function resolveTarget(sourcePart: string, target: string): string {
  // Nearly every target is a plain relative path ("worksheets/sheet1.xml"), joined as written;
  // the walk below is for the rest.
  if (!NOT_PLAIN.test(target)) return sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) + target;
  return walkTarget(sourcePart, target);
}

// Anything the walk would change: escapes, backslashes, empty, `.` or `..` segments, a leading
// or trailing slash, nothing at all.
const NOT_PLAIN = /[%\\]|\/\/|(?:^|\/)\.{1,2}(?:\/|$)|^\/|\/$|^$/;

function walkTarget(sourcePart: string, target: string): string {
  let path = target.replace(/\\/g, "/");
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all: the target is used as written.
  }
  const segments = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/**
 * The relationships part of a part (the package's own for "").
 *
 * @example
 * relationshipsPartOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels"
 * relationshipsPartOf("") // "_rels/.rels"
 */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
