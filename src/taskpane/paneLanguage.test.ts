import { paneLanguage } from "./paneLanguage";

describe("paneLanguage", () => {
  it.each([
    ["vi-VN", "vi"],
    ["VI-vn", "vi"],
    ["vi", "vi"],
    ["vi_VN", "vi"],
    [" vi-VN ", "vi"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["zh-CN", "en"],
    ["video", "en"],
  ])("shows %p in %p", (displayLanguage, expected) => {
    expect(paneLanguage(displayLanguage)).toBe(expected);
  });

  it.each([undefined, null, "", "   "])(
    "falls back to Vietnamese when the language is %p",
    (value) => {
      expect(paneLanguage(value)).toBe("vi");
    },
  );
});
