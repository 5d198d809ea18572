import type { Lang } from "../messages/format";
import { text } from "../messages/text";
import { formatCount2 } from "../numbers";

/**
 * The report's sentence on who sent a report, counts written as the province's reports write
 * them (at least two digits); null when there is no list of expected units to count against.
 *
 * @example
 * submissionsSentence({ received: 57, expected: 59 }) // "57/59 CĐCS đã gửi báo cáo."
 * submissionsSentence({ received: 7, expected: 9 }, "en") // "07 of 09 grassroots unions sent their report."
 * submissionsSentence(null) // null
 */
export function submissionsSentence(
  counts: { readonly received: number; readonly expected: number } | null | undefined,
  lang: Lang = "vi",
): string | null {
  if (!counts) return null;
  return text("sentence.submissions", lang, {
    received: formatCount2(counts.received),
    expected: formatCount2(counts.expected),
  });
}
