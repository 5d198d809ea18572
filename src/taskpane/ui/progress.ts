import { el, show } from "./dom";

export interface ProgressBar {
  readonly element: HTMLElement;
  /** Files done out of total; the text says it too, for those who do not see the bar. */
  update(done: number, total: number, label: string): void;
  /** A step without a count (writing the workbook): the bar shows activity, not a value. */
  busy(label: string): void;
  hide(): void;
}

/** A progress bar (`role="progressbar"`) with its label beside it. */
export function createProgressBar(doc: Document, name: string): ProgressBar {
  const fill = el(doc, "div", { className: "progress-fill" });
  const bar = el(
    doc,
    "div",
    {
      className: "progress-track",
      attrs: { role: "progressbar", "aria-label": name, "aria-valuemin": 0 },
    },
    [fill],
  );
  const label = el(doc, "span", { className: "progress-label" });
  const element = el(doc, "div", { className: "progress", attrs: { hidden: true } }, [bar, label]);

  return {
    element,
    update(done, total, text) {
      show(element, true);
      bar.setAttribute("aria-valuemax", String(total));
      bar.setAttribute("aria-valuenow", String(done));
      bar.setAttribute("aria-valuetext", text);
      bar.classList.remove("indeterminate");
      fill.style.width = `${total > 0 ? Math.round((done / total) * 100) : 0}%`;
      label.textContent = text;
    },
    busy(text) {
      show(element, true);
      bar.removeAttribute("aria-valuenow");
      bar.setAttribute("aria-valuetext", text);
      bar.classList.add("indeterminate");
      fill.style.width = "100%";
      label.textContent = text;
    },
    hide() {
      show(element, false);
    },
  };
}
