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
});

describe("localize", () => {
  it("picks the requested language", () => {
    const text = { vi: "Tổng hợp {n} tệp", en: "Consolidated {n} files" };
    expect(localize(text, "vi", { n: 3 })).toBe("Tổng hợp 3 tệp");
    expect(localize(text, "en", { n: 3 })).toBe("Consolidated 3 files");
  });
});
