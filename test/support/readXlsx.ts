import type { Workbook } from "exceljs";
import { strFromU8, unzipSync } from "fflate";

/** Opens workbook bytes with ExcelJS, to read back what a writer wrote. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The raw XML parts of an xlsx file, by path inside the zip. */
export function xlsxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The XML of the worksheet named `name`, found through workbook.xml and its relationships. */
export function sheetXml(bytes: Uint8Array, name: string): string {
  const parts = xlsxParts(bytes);
  const workbook = parts["xl/workbook.xml"] ?? "";
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${name}"`));
  const id = sheet ? /r:id="([^"]+)"/.exec(sheet)?.[1] : undefined;
  const rels = parts["xl/_rels/workbook.xml.rels"] ?? "";
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`Id="${id}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${name}`);
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = parts[path];
  if (xml === undefined) throw new Error(`no part ${path}`);
  return xml;
}

/** The `<c>` element of one cell in a worksheet's XML, or undefined. */
export function cellXml(xml: string, address: string): string | undefined {
  const m = new RegExp(`<c r="${address}"(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  return m?.[0];
}
