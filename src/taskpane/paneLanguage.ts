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

/**
 * The page's language outside Excel, where no display language of Office's applies: Vietnamese,
 * the language of every user of the standalone page, unless the address asks for English with
 * `?lang=en`. The browser's own locale is deliberately not used: an English-language browser on
 * a province's computer must still show the Vietnamese page (and its "Tổng hợp" button).
 *
 * @example
 * webPageLanguage("?lang=en") // "en"
 * webPageLanguage("") // "vi"
 */
export function webPageLanguage(search: string | null | undefined): Lang {
  // A plain match rather than URLSearchParams, which older Office webviews lack.
  return /[?&]lang=en(?:&|$)/i.test(search ?? "") ? "en" : "vi";
}
