/**
 * The one message catalog: every user-facing string, in Vietnamese and English. It is split
 * into parts by subject (one module each under `catalog/`) so that each area owns its texts;
 * this module is the only place that puts them together.
 */
import { generalFindings, generalTexts } from "./catalog/general";
import { cliFindings, cliTexts } from "./catalog/cli";
import { paneTexts } from "./catalog/pane";
import { functionTexts } from "./catalog/functions";
import { numberFindings } from "./catalog/numbers";
import type { FindingCatalog, TextCatalog } from "./catalog/types";

export const findingMessages = {
  ...generalFindings,
  ...cliFindings,
  ...numberFindings,
} as const satisfies FindingCatalog;

export const texts = {
  ...generalTexts,
  ...cliTexts,
  ...paneTexts,
  ...functionTexts,
} as const satisfies TextCatalog;

export type FindingCode = keyof typeof findingMessages;
export type TextId = keyof typeof texts;
