import { readFile } from "node:fs/promises";
import type { PeriodResult } from "../../core/comparison";
import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/format";
import { defaultReaderLimits } from "../../workbook/reader";
import { isConsolidatedWorkbook, readConsolidatedWorkbook } from "../../workbook/resultReader";
import type { InputFile } from "../inputs";

/**
 * Reads result workbooks written earlier by this tool, each named by `name(file)`: the periods
 * they hold, and the findings of those that cannot be used (all of them, not only the first).
 */
export async function readResultFiles(
  files: readonly InputFile[],
  lang: Lang,
  name: (file: InputFile) => string = (file) => file.name,
): Promise<{ results: PeriodResult[]; findings: Finding[] }> {
  const results: PeriodResult[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file.path));
    const read = readConsolidatedWorkbook(bytes, name(file), { lang });
    if (read.ok) results.push(read.result);
    else findings.push(...read.findings);
  }
  return { results, findings };
}

/**
 * Whether a file is a result workbook of this tool, judged without reading more than its list
 * of sheets and sheet Cấu hình; a file larger than any workbook the reader accepts is not read
 * at all (it goes the way of a report, to be refused there).
 */
export async function isResultFile(file: InputFile): Promise<boolean> {
  if (file.size > defaultReaderLimits.maxFileBytes) return false;
  return isConsolidatedWorkbook(new Uint8Array(await readFile(file.path)));
}
