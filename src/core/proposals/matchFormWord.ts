import { normalizeLabel } from "../text/normalizeLabel";

/**
 * Which of a drop-down's words a cell holds, ignoring case, diacritics and spacing ("tap the"
 * is Tập thể): the word's key, or null when the text is none of them.
 *
 * @example
 * matchFormWord("TAP THE", proposalForm.subjects) // "collective"
 * matchFormWord("chuyên  đề", proposalForm.kinds) // "thematic"
 * matchFormWord("Nhóm", proposalForm.subjects) // null
 */
export function matchFormWord<Key extends string>(
  text: string,
  words: Readonly<Record<Key, string>>,
): Key | null {
  const key = normalizeLabel(text).replace(/ /g, "");
  if (key === "") return null;
  for (const [word, label] of Object.entries(words) as [Key, string][]) {
    if (normalizeLabel(label).replace(/ /g, "") === key) return word;
  }
  return null;
}
