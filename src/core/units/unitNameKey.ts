const WHITESPACE_RUN = /[\s\u200b]+/g;

/**
 * The form a unit's name is compared in: Unicode-composed (a name typed with combining marks is
 * the same name), lower case, whitespace runs collapsed, ends trimmed. Diacritics count: "Sở Y
 * tế" and "So Y te" are different names, since a list and a report should write a name alike.
 *
 * @example
 * unitNameKey("CĐCS  Sở Y Tế ") === unitNameKey("cđcs sở y tế") // true
 * unitNameKey("Sở Y tế") === unitNameKey("So Y te") // false
 */
export function unitNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(WHITESPACE_RUN, " ").trim();
}
