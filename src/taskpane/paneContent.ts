import type { Lang } from "../core/messages/format";
import { text } from "../core/messages/text";
import type { TextId } from "../core/messages/catalog";

/** One piece of the functions guide, in reading order; `kind` decides how it is drawn. */
export interface PaneBlock {
  readonly kind: "subheading" | "paragraph" | "formula" | "note";
  readonly text: string;
}

/** The pane's fixed texts, already in one language. */
export interface PaneContent {
  readonly lang: Lang;
  readonly title: string;
  readonly version: string;
  /** Where the pane runs: in Excel, or as a web page in a browser. */
  readonly mode: string;
  /** Shown above the tabs outside Excel only: what the page can do there. */
  readonly notice: string | null;
  readonly tabsLabel: string;
  readonly guideTitle: string;
  readonly guide: readonly PaneBlock[];
  readonly privacy: string;
}

const GUIDE: ReadonlyArray<readonly [PaneBlock["kind"], TextId]> = [
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
];

/**
 * The pane's texts from the catalog: the title, the version, where it runs (with a notice
 * outside Excel), and the short guide to the two custom functions.
 *
 * @example
 * paneContent("vi", "0.1.0", true).version // "Phiên bản 0.1.0"
 */
export function paneContent(lang: Lang, version: string, insideOffice: boolean): PaneContent {
  return {
    lang,
    title: text("app.name", lang),
    version: text("pane.version", lang, { version }),
    mode: text(insideOffice ? "pane.mode.excel" : "pane.mode.web", lang),
    notice: insideOffice ? null : text("pane.outside-office", lang),
    tabsLabel: text("pane.tabs", lang),
    guideTitle: text("pane.functions-heading", lang),
    guide: GUIDE.map(([kind, id]) => ({ kind, text: text(id, lang) })),
    privacy: text("pane.privacy", lang),
  };
}
