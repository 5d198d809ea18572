import { paneContent } from "./paneContent";

const formulas = (lang: "vi" | "en") =>
  paneContent(lang, "0.1.0", true)
    .guide.filter((block) => block.kind === "formula")
    .map((block) => block.text);

describe("paneContent", () => {
  it.each([
    ["vi", "Phiên bản 1.2.3", "trong Excel", "Hai hàm dùng trong công thức"],
    ["en", "Version 1.2.3", "in Excel", "Two functions for your formulas"],
  ] as const)("writes the pane in %s", (lang, version, mode, guideTitle) => {
    const content = paneContent(lang, "1.2.3", true);
    expect(content.title).toBe("CĐVC Thi đua");
    expect(content.version).toBe(version);
    expect(content.mode).toBe(mode);
    expect(content.guideTitle).toBe(guideTitle);
  });

  it.each(["vi", "en"] as const)(
    "gives the same %s formula examples that Excel accepts",
    (lang) => {
      expect(formulas(lang)).toEqual([
        "=CDVC.ATTAINMENT(F12;E12)",
        "=CDVC.RANK_CDCS(G5;$G$5:$G$64)",
        "=CDVC.RANK_CDCS(G5;$G$5:$G$64;C5;$C$5:$C$64)",
      ]);
    },
  );

  it("names the error values each function returns", () => {
    const all = paneContent("vi", "0.1.0", true)
      .guide.map((block) => block.text)
      .join("\n");
    expect(all).toContain("#DIV/0!");
    expect(all).toContain("#VALUE!");
    expect(all).toContain("#N/A");
    expect(all).toContain('"lower"');
  });

  it("has a notice, and calls itself a web page, only outside Excel", () => {
    const web = paneContent("vi", "0.1.0", false);
    expect(web.notice).toMatch(/^Trang này đang mở ngoài Excel: kiểm tra và tổng hợp/);
    expect(web.mode).toBe("trang web");
    expect(paneContent("en", "0.1.0", false).notice).toMatch(/^This page is open outside Excel/);
    expect(paneContent("vi", "0.1.0", true).notice).toBeNull();
  });

  it("keeps every text non-empty and free of unfilled placeholders", () => {
    for (const lang of ["vi", "en"] as const) {
      const content = paneContent(lang, "9.9.9", false);
      const texts = [
        content.title,
        content.version,
        content.mode,
        content.notice ?? "",
        content.tabsLabel,
      ];
      for (const value of [
        ...texts,
        content.guideTitle,
        content.privacy,
        ...content.guide.map((b) => b.text),
      ]) {
        expect(value.trim()).not.toBe("");
        expect(value).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
