import { el, uniqueId } from "./dom";

/** A labelled text box; `hint` is tied to it with aria-describedby. */
export function textField(
  doc: Document,
  label: string,
  options: { readonly hint?: string; readonly placeholder?: string; readonly name?: string } = {},
): { readonly element: HTMLElement; readonly input: HTMLInputElement } {
  const id = uniqueId("field");
  const hintId = options.hint ? `${id}-hint` : undefined;
  const input = el(doc, "input", {
    id,
    className: "text-input",
    attrs: {
      type: "text",
      name: options.name,
      placeholder: options.placeholder,
      autocomplete: "off",
      spellcheck: false,
      "aria-describedby": hintId,
    },
  });
  const element = el(doc, "div", { className: "field" }, [
    el(doc, "label", { className: "field-label", text: label, attrs: { for: id } }),
    input,
    options.hint
      ? el(doc, "span", { id: hintId, className: "field-hint", text: options.hint })
      : null,
  ]);
  return { element, input };
}

/** A button; `primary` is the section's main action, drawn in the brand colour. */
export function button(
  doc: Document,
  label: string,
  onClick: () => void,
  kind: "primary" | "secondary" = "secondary",
): HTMLButtonElement {
  return el(doc, "button", {
    className: `button button-${kind}`,
    text: label,
    attrs: { type: "button" },
    on: { click: () => onClick() },
  });
}
