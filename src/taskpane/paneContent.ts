import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import type { TextId } from "../core/messages/catalog";

/** One piece of the pane, in reading order; `kind` decides how it is drawn. */
export interface PaneBlock {
  readonly kind: "notice" | "heading" | "subheading" | "paragraph" | "formula" | "note";
  readonly text: string;
}

/** Everything the minimal pane shows, already in one language. */
export interface PaneContent {
  readonly lang: Lang;
  readonly title: string;
  readonly version: string;
  readonly blocks: readonly PaneBlock[];
}

const GUIDE: ReadonlyArray<readonly [PaneBlock["kind"], TextId]> = [
  ["heading", "pane.functions-heading"],
  ["subheading", "pane.attainment-heading"],
  ["paragraph", "pane.attainment-body"],
  ["formula", "pane.attainment-example"],
  ["paragraph", "pane.attainment-lower"],
  ["paragraph", "pane.attainment-errors"],
  ["subheading", "pane.rank-heading"],
  ["paragraph", "pane.rank-body"],
  ["formula", "pane.rank-example"],
  ["paragraph", "pane.rank-cluster"],
  ["formula", "pane.rank-cluster-example"],
  ["note", "pane.separator-note"],
  ["note", "pane.privacy"],
];

/**
 * The pane's texts from the catalog: the title, the version, a notice when the page is open
 * outside Excel, and the short guide to the two custom functions.
 *
 * @example
 * paneContent("vi", "0.1.0", true).version // "Phiên bản 0.1.0"
 */
export function paneContent(lang: Lang, version: string, insideOffice: boolean): PaneContent {
  const guide = GUIDE.map(([kind, id]) => ({ kind, text: text(id, lang) }));
  return {
    lang,
    title: text("app.name", lang),
    version: text("pane.version", lang, { version }),
    blocks: insideOffice
      ? guide
      : [{ kind: "notice", text: text("pane.outside-office", lang) }, ...guide],
  };
}
