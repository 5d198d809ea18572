import { formatTemplate, localize } from "./format";

describe("formatTemplate", () => {
  it("fills every placeholder it has a value for", () => {
    expect(formatTemplate("Ô {cell} trang {sheet}", { cell: "F14", sheet: "BaoCao" })).toBe(
      "Ô F14 trang BaoCao",
    );
  });
  it("leaves a placeholder without a value visible", () => {
    expect(formatTemplate("Ô {cell}", {})).toBe("Ô {cell}");
  });
  it("keeps numbers and repeated placeholders", () => {
    expect(formatTemplate("{n}/{n}", { n: 0 })).toBe("0/0");
  });
  it("keeps braces that hold no name, and never fills a value's own braces", () => {
    expect(formatTemplate("{} {a b} {{n}} {n}", { n: "{n}" })).toBe("{} {a b} {{n}} {n}");
    expect(formatTemplate("{}{n}}", { n: 1 })).toBe("{}1}");
    expect(formatTemplate("không có chỗ trống", { n: 1 })).toBe("không có chỗ trống");
    expect(formatTemplate("", { n: 1 })).toBe("");
  });
  it("fills as one regular-expression replace over the template would, for any template", () => {
    const reference = (template: string, params: Record<string, string | number>) =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        params[name] === undefined ? whole : String(params[name]),
      );
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const pieces = ["{", "}", "a", "n", "_1", " ", "Ô", "{n}", "{a}", "{x}", "{}"];
    for (let k = 0; k < 3000; k++) {
      const template = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join(
        "",
      );
      const params = { n: random(100), a: "{n}", _1: "một" };
      expect(formatTemplate(template, params)).toBe(reference(template, params));
    }
  });
});

describe("localize", () => {
  it("picks the requested language", () => {
    const text = { vi: "Tổng hợp {n} tệp", en: "Consolidated {n} files" };
    expect(localize(text, "vi", { n: 3 })).toBe("Tổng hợp 3 tệp");
    expect(localize(text, "en", { n: 3 })).toBe("Consolidated 3 files");
  });
});
