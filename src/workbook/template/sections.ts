import type { TextId } from "../../core/messages/catalog";

/** A group of indicators under one section title row of the report table. */
export interface Section<T> {
  /** The catalog text of the section's title. */
  readonly title: TextId;
  readonly items: readonly T[];
}

const TITLES: Readonly<Record<string, TextId>> = {
  DV: "template.section.DV",
  CL: "template.section.CL",
  TD: "template.section.TD",
  XD: "template.section.XD",
  CB: "template.section.CB",
};

/**
 * Groups indicators by the letters their code starts with (DV01 → DV), in the order the groups
 * first appear, keeping the rules' order within a group. Codes of an unknown group (a
 * province's own indicators) go together under "Chỉ tiêu khác", last.
 *
 * @example
 * groupIntoSections([{ code: "DV01" }, { code: "CL01" }, { code: "DV02" }])
 * // [{ title: "template.section.DV", items: [DV01, DV02] }, { title: "template.section.CL", items: [CL01] }]
 */
export function groupIntoSections<T extends { readonly code: string }>(
  indicators: readonly T[],
): Section<T>[] {
  const groups = new Map<TextId, T[]>();
  const other: T[] = [];
  for (const indicator of indicators) {
    const prefix = /^[A-Za-z]*/.exec(indicator.code)?.[0].toUpperCase() ?? "";
    const title = TITLES[prefix];
    if (title === undefined) {
      other.push(indicator);
      continue;
    }
    const group = groups.get(title);
    if (group) group.push(indicator);
    else groups.set(title, [indicator]);
  }
  const sections: Section<T>[] = [...groups].map(([title, items]) => ({ title, items }));
  if (other.length > 0) sections.push({ title: "template.section.other", items: other });
  return sections;
}
