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
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    out += (value === undefined ? `{${parts[i]!}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

// Templates split once at their placeholders (literal, name, literal, …, literal): every finding
// fills two, and a regular expression with a callback per call took five times as long.
const SPLIT_TEMPLATES = new Map<string, readonly string[]>();
const MAX_SPLIT_TEMPLATES = 2048;

function partsOf(template: string): readonly string[] {
  let parts = SPLIT_TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    // The catalog's templates are a few hundred; a caller's own are not kept past a bound.
    if (SPLIT_TEMPLATES.size < MAX_SPLIT_TEMPLATES) SPLIT_TEMPLATES.set(template, parts);
  }
  return parts;
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
