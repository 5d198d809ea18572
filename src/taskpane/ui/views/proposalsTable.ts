import type { Lang } from "../../../core/messages/format";
import { text } from "../../../core/messages/text";
import type { AwardProposalCount } from "../../../core/proposals";
import { el } from "../dom";

/**
 * The award proposals counted, as the Đề nghị khen thưởng sheet's count table has them: one
 * row per award of the catalogue (highest first), collectives and individuals, each split into
 * regular and thematic proposals. `counts` is `result.proposals.counts` (countProposals), whose
 * totals include the thematic ones.
 */
export function proposalsTable(
  doc: Document,
  lang: Lang,
  counts: readonly AwardProposalCount[],
): HTMLElement {
  const th = (key: Parameters<typeof text>[0], attrs: Record<string, string | number>) =>
    el(doc, "th", { text: text(key, lang), attrs });
  const cell = (value: number) => el(doc, "td", { text: String(value) });
  return el(doc, "table", { className: "class-table proposals-table" }, [
    el(doc, "caption", { text: text("pane.proposals.caption", lang) }),
    el(doc, "thead", {}, [
      el(doc, "tr", {}, [
        th("pane.proposals.award", { scope: "col", rowspan: 2 }),
        th("pane.proposals.collective", { scope: "colgroup", colspan: 2 }),
        th("pane.proposals.individual", { scope: "colgroup", colspan: 2 }),
      ]),
      el(doc, "tr", {}, [
        th("pane.proposals.regular", { scope: "col" }),
        th("pane.proposals.thematic", { scope: "col" }),
        th("pane.proposals.regular", { scope: "col" }),
        th("pane.proposals.thematic", { scope: "col" }),
      ]),
    ]),
    el(
      doc,
      "tbody",
      {},
      counts.map((count) =>
        el(doc, "tr", { attrs: { "data-award": count.award } }, [
          el(doc, "th", { text: count.award, attrs: { scope: "row" } }),
          cell(count.collective - count.collectiveThematic),
          cell(count.collectiveThematic),
          cell(count.individual - count.individualThematic),
          cell(count.individualThematic),
        ]),
      ),
    ),
  ]);
}
