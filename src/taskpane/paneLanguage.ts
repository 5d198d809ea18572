import type { Lang } from "../core/messages/format";

/**
 * The pane's language from Office's display language (or the browser's, outside Office):
 * Vietnamese for any Vietnamese locale, and when none is known; English for every other one.
 *
 * @example
 * paneLanguage("vi-VN") // "vi"
 * paneLanguage("en-US") // "en"
 * paneLanguage(undefined) // "vi"
 */
export function paneLanguage(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  if (tag === "") return "vi";
  return tag === "vi" || tag.startsWith("vi-") || tag.startsWith("vi_") ? "vi" : "en";
}
