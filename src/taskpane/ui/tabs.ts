import { tabAfterKey } from "../app/tabKeys";
import { el, show } from "./dom";

/** One tab: its id (the panel's is derived from it), its label and its panel's content. */
export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly content: HTMLElement;
}

export interface Tabs {
  /** The tab list followed by the panels, ready to be appended. */
  readonly elements: readonly HTMLElement[];
  select(index: number, focus?: boolean): void;
}

/**
 * Tabs as the WAI-ARIA Authoring Practices draw them: a `tablist` of `tab` buttons, each
 * controlling a `tabpanel`; only the selected tab is in the Tab order, the arrow keys move
 * between tabs and select them (wrapping round), Home and End go to the ends.
 */
export function createTabs(doc: Document, label: string, specs: readonly TabSpec[]): Tabs {
  const buttons: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  let selected = 0;

  const select = (index: number, focus = false) => {
    selected = index;
    buttons.forEach((button, i) => {
      button.setAttribute("aria-selected", i === index ? "true" : "false");
      button.setAttribute("tabindex", i === index ? "0" : "-1");
    });
    panels.forEach((panel, i) => show(panel, i === index));
    if (focus) buttons[index]?.focus();
  };

  specs.forEach((spec, index) => {
    buttons.push(
      el(doc, "button", {
        id: `tab-${spec.id}`,
        className: "tab",
        text: spec.label,
        attrs: { type: "button", role: "tab", "aria-controls": `panel-${spec.id}` },
        on: {
          click: () => select(index),
          keydown: (event) => {
            const next = tabAfterKey((event as KeyboardEvent).key, selected, specs.length);
            if (next === null) return;
            event.preventDefault();
            select(next, true);
          },
        },
      }),
    );
    panels.push(
      el(
        doc,
        "section",
        {
          id: `panel-${spec.id}`,
          className: "panel",
          attrs: { role: "tabpanel", "aria-labelledby": `tab-${spec.id}`, tabindex: 0 },
        },
        [spec.content],
      ),
    );
  });
  select(0);

  const list = el(
    doc,
    "div",
    { className: "tablist", attrs: { role: "tablist", "aria-label": label } },
    buttons,
  );
  return { elements: [list, ...panels], select };
}
