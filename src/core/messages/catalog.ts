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
import { templateTexts } from "./catalog/template";
import { formFindings } from "./catalog/form";
import { validationFindings } from "./catalog/validation";
import { consolidationTexts } from "./catalog/consolidation";
import { rulesFindings, rulesTexts } from "./catalog/rules";
import { workbookFindings } from "./catalog/workbook";
import { resultTexts } from "./catalog/result";
import { proposalFindings, proposalTexts } from "./catalog/proposals";
import { excelTexts } from "./catalog/excel";
import { readingFindings, readingTexts } from "./catalog/reading";
import { trackingFindings, trackingTexts } from "./catalog/tracking";
import { annotateFindings, annotateTexts } from "./catalog/annotate";
import { comparisonFindings, comparisonTexts } from "./catalog/comparison";
import type { FindingCatalog, TextCatalog } from "./catalog/types";

export const findingMessages = {
  ...generalFindings,
  ...cliFindings,
  ...numberFindings,
  ...formFindings,
  ...validationFindings,
  ...rulesFindings,
  ...workbookFindings,
  ...proposalFindings,
  ...readingFindings,
  ...trackingFindings,
  ...annotateFindings,
  ...comparisonFindings,
} as const satisfies FindingCatalog;

export const texts = {
  ...generalTexts,
  ...cliTexts,
  ...paneTexts,
  ...functionTexts,
  ...templateTexts,
  ...consolidationTexts,
  ...rulesTexts,
  ...resultTexts,
  ...proposalTexts,
  ...excelTexts,
  ...readingTexts,
  ...trackingTexts,
  ...annotateTexts,
  ...comparisonTexts,
} as const satisfies TextCatalog;

export type FindingCode = keyof typeof findingMessages;
export type TextId = keyof typeof texts;
