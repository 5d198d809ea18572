import type { MessageParams } from "../messages/format";

/** Errors keep a unit out of the consolidation; warnings do not (DOMAIN.md, "Severity"). */
export type Severity = "error" | "warning";

/**
 * A problem found in a submission or a configuration. A finding is a value, never a thrown
 * exception; all findings of a file are collected.
 */
export interface Finding {
  /** Stable identifier, e.g. `number.not-a-number`, `form.sheet-missing`, `unit.duplicate`. */
  readonly code: string;
  readonly severity: Severity;
  /** The file's name as the user gave it (or the config file's name). */
  readonly file: string;
  readonly sheet: string | null;
  /** An A1 address when there is one (for a config finding: the JSON path). */
  readonly cell: string | null;
  /** The sentence a staff member reads, in the chosen language. */
  readonly message: string;
  /** How to fix it, in the chosen language. */
  readonly hint: string;
  /** The values the message was filled with, so it can be rendered again in another language. */
  readonly params?: MessageParams;
}

/** Where a finding points. */
export interface FindingLocation {
  readonly file: string;
  readonly sheet?: string | null;
  readonly cell?: string | null;
}
