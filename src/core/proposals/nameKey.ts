// \s covers the no-break spaces pasted from Word and the web.
const WHITESPACE_RUN = /[\s\u200b]+/g;

/**
 * The form a person's or collective's name is compared in: composed Unicode, lower case,
 * whitespace collapsed. Diacritics count, unlike labels: Hùng and Hưng are two people.
 *
 * @example
 * nameKey("  NGUYỄN   Thị Lan ") // "nguyễn thị lan"
 * nameKey("Nguyễn Văn Hùng") === nameKey("Nguyễn Văn Hưng") // false
 */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(WHITESPACE_RUN, " ").trim();
}
