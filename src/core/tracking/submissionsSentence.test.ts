import { submissionsSentence } from "./submissionsSentence";

describe("submissionsSentence", () => {
  it.each<[{ received: number; expected: number } | null, "vi" | "en", string | null]>([
    [{ received: 57, expected: 59 }, "vi", "57/59 CĐCS đã gửi báo cáo."],
    [{ received: 7, expected: 9 }, "vi", "07/09 CĐCS đã gửi báo cáo."],
    [{ received: 57, expected: 59 }, "en", "57 of 59 grassroots unions sent their report."],
    [null, "vi", null],
  ])("writes %j in %s as %j", (counts, lang, sentence) => {
    expect(submissionsSentence(counts, lang)).toBe(sentence);
  });
});
