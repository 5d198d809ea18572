/** A message's language. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

/** Values substituted into `{name}` placeholders of a message template. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One user-facing text in both languages; `{name}` marks a placeholder. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * Fills a template's `{name}` placeholders. A placeholder without a value is left as written,
 * so a missing parameter shows up in review instead of printing "undefined".
 *
 * @example
 * formatTemplate("Ô {cell}: '{text}'", { cell: "F14", text: "abc" }) // "Ô F14: 'abc'"
 */
export function formatTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Picks a text's language and fills it.
 *
 * @example
 * localize({ vi: "Xin chào {n}", en: "Hello {n}" }, "en", { n: "A" }) // "Hello A"
 */
export function localize(text: Bilingual, lang: Lang, params?: MessageParams): string {
  return formatTemplate(text[lang], params);
}
