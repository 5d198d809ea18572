import { text } from "../../core/messages/text";
import type { PaneContext } from "../app/paneContext";
import { paneContent, type PaneBlock } from "../paneContent";
import { el, fill } from "./dom";
import { checkSection } from "./sections/checkSection";
import { configSection } from "./sections/configSection";
import { consolidateSection } from "./sections/consolidateSection";
import { templateSection } from "./sections/templateSection";
import { trackSection } from "./sections/trackSection";
import { createTabs } from "./tabs";

const GUIDE_TAGS: Record<PaneBlock["kind"], { tag: "h4" | "p" | "code"; className: string }> = {
  subheading: { tag: "h4", className: "subheading" },
  paragraph: { tag: "p", className: "paragraph" },
  formula: { tag: "code", className: "formula" },
  note: { tag: "p", className: "note" },
};

/**
 * Draws the whole pane into `root`, replacing what was there: the header, a notice outside
 * Excel, the five sections as tabs (Kiểm tra, Tổng hợp, Theo dõi, Mẫu, Cấu hình), and the guide to the
 * custom functions. The same page serves Excel and a plain browser; `ctx.excel` decides which
 * actions each section offers.
 */
export function renderApp(root: HTMLElement, ctx: PaneContext): void {
  const { doc, lang } = ctx;
  const content = paneContent(lang, ctx.version, ctx.excel !== null);
  doc.documentElement.lang = lang;
  doc.title = content.title;

  const tabs = createTabs(doc, content.tabsLabel, [
    { id: "check", label: text("pane.tab.check", lang), content: checkSection(ctx) },
    {
      id: "consolidate",
      label: text("pane.tab.consolidate", lang),
      content: consolidateSection(ctx),
    },
    { id: "track", label: text("pane.tab.track", lang), content: trackSection(ctx) },
    { id: "template", label: text("pane.tab.template", lang), content: templateSection(ctx) },
    { id: "config", label: text("pane.tab.config", lang), content: configSection(ctx) },
  ]);
  const guide = content.guide.map((block) => {
    const { tag, className } = GUIDE_TAGS[block.kind];
    return el(doc, tag, { className, text: block.text });
  });

  fill(root, [
    el(doc, "header", { className: "header" }, [
      el(doc, "h1", { className: "title", text: content.title }),
      el(doc, "p", { className: "version", text: `${content.version} · ${content.mode}` }),
    ]),
    content.notice === null ? null : el(doc, "p", { className: "notice", text: content.notice }),
    ...tabs.elements,
    el(doc, "footer", { className: "footer" }, [
      el(doc, "details", { className: "guide" }, [
        el(doc, "summary", { className: "heading", text: content.guideTitle }),
        ...guide,
      ]),
      el(doc, "p", { className: "note", text: content.privacy }),
    ]),
  ]);
}
