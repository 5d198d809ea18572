import type { Workbook } from "exceljs";
import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import { loadExcelJS } from "./loadExcelJS";

/**
 * A new workbook as every writer of ours starts one: ExcelJS loaded lazily, the add-in named as
 * its creator, and the given time as created and modified (a fixed time makes output
 * reproducible in tests).
 */
export async function newOurWorkbook(lang: Lang, generatedAt: Date): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text("app.name", lang);
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  return workbook;
}

/** The xlsx bytes of a workbook. */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
