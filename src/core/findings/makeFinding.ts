import { findingMessages, type FindingCode } from "../messages/catalog";
import { localize, type Lang, type MessageParams } from "../messages/format";
import type { Finding, FindingLocation, Severity } from "./finding";

/**
 * Builds a finding from its catalog entry: the code names the message and hint, the
 * location and parameters fill them. The severity is the catalog's unless overridden
 * (a rule may report the same defect as a warning in one context and an error in another).
 *
 * @example
 * makeFinding("number.not-a-number", { file: "a.xlsx", sheet: "BaoCao", cell: "F14" },
 *   { text: "khoảng 20" }, "vi").message
 * // "Ô F14 trang BaoCao: 'khoảng 20' không phải là số. ..."
 */
export function makeFinding(
  code: FindingCode,
  where: FindingLocation,
  params: MessageParams = {},
  lang: Lang = "vi",
  severity?: Severity,
): Finding {
  const entry = findingMessages[code];
  const all: MessageParams = {
    file: where.file,
    sheet: where.sheet ?? "",
    cell: where.cell ?? "",
    ...params,
  };
  return {
    code,
    severity: severity ?? entry.severity,
    file: where.file,
    sheet: where.sheet ?? null,
    cell: where.cell ?? null,
    message: localize(entry.message, lang, all),
    hint: localize(entry.hint, lang, all),
    params,
  };
}

/** Renders a finding again in another language from its code and parameters. */
export function relocalizeFinding(finding: Finding, lang: Lang): Finding {
  if (!(finding.code in findingMessages)) return finding;
  return makeFinding(
    finding.code as FindingCode,
    finding,
    finding.params ?? {},
    lang,
    finding.severity,
  );
}
