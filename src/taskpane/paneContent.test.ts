import { paneContent } from "./paneContent";

const formulas = (lang: "vi" | "en") =>
  paneContent(lang, "0.1.0", true)
    .blocks.filter((block) => block.kind === "formula")
    .map((block) => block.text);

describe("paneContent", () => {
  it.each([
    ["vi", "Phiên bản 1.2.3", "Hai hàm dùng trong công thức"],
    ["en", "Version 1.2.3", "Two functions for your formulas"],
  ] as const)("writes the pane in %s", (lang, version, heading) => {
    const content = paneContent(lang, "1.2.3", true);
    expect(content.title).toBe("CĐVC Thi đua");
    expect(content.version).toBe(version);
    expect(content.blocks[0]).toEqual({ kind: "heading", text: heading });
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
      .blocks.map((block) => block.text)
      .join("\n");
    expect(all).toContain("#DIV/0!");
    expect(all).toContain("#VALUE!");
    expect(all).toContain("#N/A");
    expect(all).toContain('"lower"');
  });

  it("opens with a notice only when the page is outside Excel", () => {
    expect(paneContent("vi", "0.1.0", false).blocks[0]).toEqual({
      kind: "notice",
      text: "Trang này đang mở ngoài Excel. Nạp add-in vào Excel để dùng các hàm bên dưới.",
    });
    expect(paneContent("en", "0.1.0", false).blocks[0]?.text).toMatch(
      /^This page is open outside Excel/,
    );
    expect(paneContent("vi", "0.1.0", true).blocks.some((block) => block.kind === "notice")).toBe(
      false,
    );
  });

  it("keeps every guide text non-empty and free of unfilled placeholders", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const block of paneContent(lang, "9.9.9", false).blocks) {
        expect(block.text.trim()).not.toBe("");
        expect(block.text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
