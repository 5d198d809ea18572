/**
 * The words of the proposals sheet's drop-down lists (DOMAIN.md, "Proposals from the units"):
 * `Đối tượng` is Cá nhân or Tập thể, `Loại` is Thường xuyên or Chuyên đề. Like the form's
 * labels they are the form's own words, written into the template and matched in submissions
 * (ignoring case, diacritics and spacing), so they live here and not in the message catalog.
 *
 * @example
 * proposalForm.subjects.collective // "Tập thể"
 * proposalForm.kinds.thematic // "Chuyên đề"
 */
export const proposalForm = {
  subjects: { individual: "Cá nhân", collective: "Tập thể" },
  kinds: { regular: "Thường xuyên", thematic: "Chuyên đề" },
} as const;
