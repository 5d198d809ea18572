/**
 * The one message catalog: every user-facing string, in Vietnamese and English. It is split
 * into parts by subject (one module each under `catalog/`) so that each area owns its texts;
 * this module is the only place that puts them together.
 */
import { generalFindings, generalTexts } from "./catalog/general";
import type { FindingCatalog, TextCatalog } from "./catalog/types";

export const findingMessages = {
  ...generalFindings,
} as const satisfies FindingCatalog;

export const texts = {
  ...generalTexts,
} as const satisfies TextCatalog;

export type FindingCode = keyof typeof findingMessages;
export type TextId = keyof typeof texts;
