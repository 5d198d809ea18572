import { paneLanguage, webPageLanguage } from "./paneLanguage";

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

describe("webPageLanguage", () => {
  it.each([
    ["", "vi"],
    ["?lang=en", "en"],
    ["?x=1&lang=EN", "en"],
    ["?lang=vi", "vi"],
    ["?lang=fr", "vi"],
    [undefined, "vi"],
  ])("shows the page for %p in %p, whatever the browser's own language", (search, expected) => {
    expect(webPageLanguage(search)).toBe(expected);
  });
});
