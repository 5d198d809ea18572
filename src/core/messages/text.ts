import { texts, type TextId } from "./catalog";
import { localize, type Lang, type MessageParams } from "./format";

/**
 * Looks up an interface text by id.
 *
 * @example
 * text("app.name", "vi") // "CĐVC Thi đua"
 */
export function text(id: TextId, lang: Lang = "vi", params?: MessageParams): string {
  return localize(texts[id], lang, params);
}
