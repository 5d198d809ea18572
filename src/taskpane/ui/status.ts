import { el } from "./dom";

export type StatusTone = "info" | "success" | "warning" | "error";

export interface StatusLine {
  readonly element: HTMLElement;
  set(message: string, tone?: StatusTone): void;
  clear(): void;
}

/**
 * A line that reports what an action did. It is a live region, so a screen reader reads each
 * new message without the user moving there; errors are read at once (`alert`).
 */
export function createStatusLine(doc: Document): StatusLine {
  const element = el(doc, "p", {
    className: "status",
    attrs: { role: "status", "aria-live": "polite", hidden: true },
  });
  return {
    element,
    set(message, tone = "info") {
      element.className = `status status-${tone}`;
      element.setAttribute("role", tone === "error" ? "alert" : "status");
      element.removeAttribute("hidden");
      element.textContent = message;
    },
    clear() {
      element.textContent = "";
      element.setAttribute("hidden", "");
    },
  };
}
