import type { PaneBlock, PaneContent } from "./paneContent";

const TAGS: Record<PaneBlock["kind"], { tag: string; className: string }> = {
  notice: { tag: "p", className: "notice" },
  heading: { tag: "h2", className: "heading" },
  subheading: { tag: "h3", className: "subheading" },
  paragraph: { tag: "p", className: "paragraph" },
  formula: { tag: "code", className: "formula" },
  note: { tag: "p", className: "note" },
};

/**
 * Draws the pane into `root`, replacing what was there. Texts go in as `textContent`, never
 * as HTML, so nothing in them is ever parsed as markup.
 */
export function renderPane(doc: Document, root: HTMLElement, content: PaneContent): void {
  doc.documentElement.lang = content.lang;
  doc.title = content.title;

  const element = (tag: string, className: string, text: string): HTMLElement => {
    const el = doc.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  };

  const header = doc.createElement("header");
  header.appendChild(element("h1", "title", content.title));
  header.appendChild(element("p", "version", content.version));

  const guide = doc.createElement("section");
  for (const block of content.blocks) {
    const { tag, className } = TAGS[block.kind];
    guide.appendChild(element(tag, className, block.text));
  }

  root.textContent = "";
  root.appendChild(header);
  root.appendChild(guide);
}
