import type { Lang } from "../../core/messages/format";

/**
 * What a template may be pre-filled with. Every value is written as text (a date as a date
 * when it reads as one), never as a formula, whatever it starts with.
 */
export interface TemplateOptions {
  readonly unitCode?: string;
  readonly unitName?: string;
  /** Defaults to the rules' period, if any. */
  readonly period?: string;
  readonly cluster?: string;
  /** A date, or a day-first text such as "08/01/2021". */
  readonly founded?: string | Date;
  /** A date, or a day-first text such as "15/12/2024". */
  readonly reportDate?: string | Date;
  /** Language of the instructions and cell messages; the form's labels are always Vietnamese. */
  readonly lang?: Lang;
}
