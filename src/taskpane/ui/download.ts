import { el } from "./dom";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A link that saves bytes made in the page under a file name: a blob URL, so nothing is sent
 * anywhere. Its URL is released when the link is replaced by another (`release`).
 */
export interface DownloadLink {
  readonly element: HTMLAnchorElement;
  release(): void;
}

export function createDownloadLink(
  doc: Document,
  bytes: Uint8Array,
  fileName: string,
  label: string,
  type = XLSX_TYPE,
): DownloadLink {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const element = el(doc, "a", {
    className: "button button-secondary",
    text: label,
    attrs: { href: url, download: fileName, title: fileName },
  });
  return { element, release: () => URL.revokeObjectURL(url) };
}
