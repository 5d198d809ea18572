import { texts, type TextId } from "../messages/catalog";
import type { Lang, MessageParams } from "../messages/format";
import { text } from "../messages/text";

/**
 * The catalog text `${prefix}.${code}` when the catalog has one for this indicator, else the
 * fallback text: a default indicator reads as the report writes it ("giới thiệu 153/59 đoàn
 * viên ưu tú …"), an indicator the province configured reads from its label and unit.
 *
 * @example
 * catalogPhrase("sentence.totals", "DV02", "sentence.totals.generic", { value: "4.535" })
 * // "4.535 đoàn viên công đoàn"
 */
export function catalogPhrase(
  prefix: string,
  code: string,
  fallback: TextId,
  params: MessageParams,
  lang: Lang = "vi",
): string {
  const id = `${prefix}.${code}`;
  return text(id in texts ? (id as TextId) : fallback, lang, params);
}
