// A small element builder. The pane is drawn with createElement and textContent only: no
// innerHTML anywhere, so no text from a workbook (a unit named "<img onerror=…>") can ever
// become markup.

/** What an element is built with; attributes are set as attributes so the DOM shows them. */
export interface ElementProps {
  readonly className?: string;
  readonly id?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly on?: Readonly<Record<string, (event: Event) => void>>;
}

export type Child = Element | null | undefined | false;

/**
 * Builds an element: `attrs` with `true` set as an empty attribute and `false`/`null`/
 * `undefined` left out, listeners from `on`, then the children in order.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener);
  }
  for (const child of children) if (child) element.appendChild(child);
  return element;
}

/** Replaces an element's children with `children`. */
export function fill(parent: Element, children: readonly Child[]): void {
  parent.textContent = "";
  for (const child of children) if (child) parent.appendChild(child);
}

/** Shows or hides an element (the `hidden` attribute, so assistive technology skips it too). */
export function show(element: Element, visible: boolean): void {
  if (visible) element.removeAttribute("hidden");
  else element.setAttribute("hidden", "");
}

/** Enables or disables a control. */
export function enable(control: HTMLButtonElement | HTMLInputElement, enabled: boolean): void {
  control.disabled = !enabled;
}

/** A unique id for wiring labels and ARIA references, stable within one page. */
let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
