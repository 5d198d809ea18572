import { makeFinding } from "../core/findings/makeFinding";
import type { Lang } from "../core/messages/format";
import { isFormSheetName } from "../core/report";
import type { Rules } from "../core/rules";
import { validateWorkbook, type BatchEntry, type UnitHeader } from "../core/validation";
import type { ReaderLimits } from "./limits";
import { readWorkbook, type ZipCodec } from "./reader";

const MB = 1024 * 1024;

/** The reader's size limits as the province's rules set them. */
export function readerLimitsOf(rules: Rules): Partial<ReaderLimits> {
  return {
    maxFileBytes: rules.limits.maxFileMB * MB,
    maxInflatedBytes: rules.limits.maxInflatedMB * MB,
  };
}

/**
 * One submitted file, from its bytes to what the batch checks need: read only the form's
 * sheets, then run every validation rule. Shared by the CLI, its worker threads and the
 * pane's web worker, so a file gets the same findings wherever it is checked. With `values`
 * false, the unit's figures are not read, only its header (see validateWorkbook).
 *
 * @example
 * const entry = checkWorkbook(bytes, "CD001.xlsx", defaultRules, "vi");
 * entry.result.findings // [] for a clean report
 */
export function checkWorkbook(
  bytes: Uint8Array,
  file: string,
  rules: Rules,
  lang?: Lang,
  codec?: ZipCodec,
  values?: true,
): BatchEntry;
export function checkWorkbook(
  bytes: Uint8Array,
  file: string,
  rules: Rules,
  lang: Lang,
  codec: ZipCodec | undefined,
  values: boolean,
): BatchEntry<UnitHeader>;
export function checkWorkbook(
  bytes: Uint8Array,
  file: string,
  rules: Rules,
  lang: Lang = "vi",
  codec?: ZipCodec,
  values = true,
): BatchEntry<UnitHeader> {
  const read = readWorkbook(bytes, file, {
    sheetFilter: isFormSheetName,
    limits: readerLimitsOf(rules),
    lang,
    codec,
  });
  if (!read.ok) return { file, result: { findings: read.findings } };
  return { file, result: validateWorkbook(read.workbook, file, rules, { lang, values }) };
}

/**
 * The entry of a file refused on its size alone, before a byte of it is read: a 700 MB
 * attachment must cost nothing to reject.
 */
export function tooLargeEntry(
  file: string,
  size: number,
  rules: Rules,
  lang: Lang = "vi",
): BatchEntry {
  const finding = makeFinding(
    "file.too-large",
    { file },
    { size: (size / MB).toFixed(1), limit: rules.limits.maxFileMB },
    lang,
  );
  return { file, result: { findings: [finding] } };
}

/** Whether a file of this size is refused without reading it. */
export function isTooLarge(size: number, rules: Rules): boolean {
  return size > rules.limits.maxFileMB * MB;
}
