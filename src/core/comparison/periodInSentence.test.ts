import { periodInSentence } from "./periodInSentence";

describe("periodInSentence", () => {
  it.each([
    [{ kind: "year", year: 2023 }, "vi", "năm 2023"],
    [{ kind: "first-half", year: 2024 }, "vi", "6 tháng đầu năm 2024"],
    [{ kind: "term", from: 2018, to: 2023 }, "vi", "nhiệm kỳ 2018-2023"],
    [{ kind: "year", year: 2023 }, "en", "Năm 2023"],
  ] as const)("writes %j in %s as %j", (period, lang, words) => {
    expect(periodInSentence(period, lang)).toBe(words);
  });
});
