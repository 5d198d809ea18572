import type { Bilingual } from "../format";
import type { Severity } from "../../findings/finding";

/** A finding's texts and default severity. Placeholders `{file}`, `{sheet}`, `{cell}` are always available. */
export interface FindingMessage {
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly hint: Bilingual;
}

export type FindingCatalog = Readonly<Record<string, FindingMessage>>;
export type TextCatalog = Readonly<Record<string, Bilingual>>;
