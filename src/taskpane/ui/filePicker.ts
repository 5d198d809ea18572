import type { Lang } from "../../core/messages/format";
import { text } from "../../core/messages/text";
import type { BrowserFile } from "../app/pickedFiles";
import { el, uniqueId } from "./dom";

export interface FilePickerOptions {
  readonly label: string;
  readonly multiple: boolean;
  readonly accept: string;
  /** Files may also be dropped on the picker (Tổng hợp). */
  readonly dropZone?: boolean;
  readonly onFiles: (files: BrowserFile[]) => void;
}

/**
 * A labelled file input, optionally inside a drop zone. The input is the browser's own, so it
 * is reached with Tab and opened with Enter or Space like any other control.
 */
export function createFilePicker(
  doc: Document,
  lang: Lang,
  options: FilePickerOptions,
): { readonly element: HTMLElement; readonly input: HTMLInputElement } {
  const id = uniqueId("files");
  const input = el(doc, "input", {
    id,
    className: "file-input",
    attrs: { type: "file", accept: options.accept, multiple: options.multiple },
    on: {
      change: () => {
        const files = Array.from(input.files ?? []) as BrowserFile[];
        // Cleared so that picking the same file again is a change too.
        input.value = "";
        if (files.length > 0) options.onFiles(files);
      },
    },
  });
  const label = el(doc, "label", {
    className: "field-label",
    text: options.label,
    attrs: { for: id },
  });
  if (!options.dropZone)
    return { element: el(doc, "div", { className: "field" }, [label, input]), input };

  const zone = el(doc, "div", { className: "drop-zone" }, [
    label,
    el(doc, "p", { className: "drop-hint", text: text("pane.consolidate.drop-hint", lang) }),
    input,
  ]);
  const over = (event: Event) => {
    event.preventDefault();
    zone.classList.add("drop-active");
  };
  zone.addEventListener("dragenter", over);
  zone.addEventListener("dragover", over);
  zone.addEventListener("dragleave", () => zone.classList.remove("drop-active"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("drop-active");
    const files = Array.from((event as DragEvent).dataTransfer?.files ?? []) as BrowserFile[];
    if (files.length > 0) options.onFiles(files);
  });
  return { element: zone, input };
}
