import { el, uniqueId } from "./dom";

export interface ConfirmTexts {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * Asks a yes/no question inside the pane. Office add-ins cannot use `window.confirm` (it is
 * blocked in Office's web views), so this is a modal dialog of the page's own: focus moves into
 * it and stays there (Tab cycles its two buttons), Escape answers no, and focus returns where
 * it was. The safe answer (no) has the focus first, so Enter never replaces anything by accident.
 */
export function confirmInPane(doc: Document, texts: ConfirmTexts): Promise<boolean> {
  return new Promise((resolve) => {
    const previous = doc.activeElement as HTMLElement | null;
    const titleId = uniqueId("dialog-title");
    const messageId = uniqueId("dialog-message");
    let overlay: HTMLElement | null = null;

    const answer = (value: boolean) => {
      overlay?.remove();
      previous?.focus?.();
      resolve(value);
    };
    const yes = el(doc, "button", {
      className: "button button-primary",
      text: texts.confirm,
      attrs: { type: "button" },
      on: { click: () => answer(true) },
    });
    const no = el(doc, "button", {
      className: "button button-secondary",
      text: texts.cancel,
      attrs: { type: "button" },
      on: { click: () => answer(false) },
    });
    const dialog = el(
      doc,
      "div",
      {
        className: "dialog",
        attrs: {
          role: "dialog",
          "aria-modal": "true",
          "aria-labelledby": titleId,
          "aria-describedby": messageId,
        },
        on: {
          keydown: (event) => {
            const key = (event as KeyboardEvent).key;
            if (key === "Escape") {
              event.preventDefault();
              answer(false);
            } else if (key === "Tab") {
              event.preventDefault();
              (doc.activeElement === no ? yes : no).focus();
            }
          },
        },
      },
      [
        el(doc, "h2", { id: titleId, className: "dialog-title", text: texts.title }),
        el(doc, "p", { id: messageId, className: "dialog-message", text: texts.message }),
        el(doc, "div", { className: "dialog-actions" }, [yes, no]),
      ],
    );
    overlay = el(doc, "div", { className: "dialog-overlay" }, [dialog]);
    doc.body.appendChild(overlay);
    no.focus();
  });
}
