import type { ExpectedUnit } from "../units/expectedUnit";
import { trackSubmissions } from "./trackSubmissions";
import type { SubmittedFile } from "./types";

/**
 * How many of the expected units sent a report (on time, late or with errors) and how many are
 * expected, for the report's sentence ("57/59 CĐCS đã gửi báo cáo"); null without a list, when
 * nobody knows how many are expected.
 *
 * @example
 * submissionCounts(result.units, rules.units) // { received: 57, expected: 59 }
 * submissionCounts(result.units, []) // null
 */
export function submissionCounts(
  files: readonly SubmittedFile[],
  units: readonly ExpectedUnit[] | undefined,
): { readonly received: number; readonly expected: number } | null {
  if (!units || units.length === 0) return null;
  const { total } = trackSubmissions(files, units);
  return { received: total.received, expected: total.units };
}
