import { templateRequest } from "./templateRequest";

const blank = { unitCode: "", unitName: "", period: "", cluster: "" };

describe("templateRequest", () => {
  it("asks for a blank form when every field is empty", () => {
    expect(templateRequest(blank, "vi")).toEqual({
      ok: true,
      options: { lang: "vi" },
      fileName: "MauBaoCao.xlsx",
    });
  });

  it("pre-fills the trimmed fields and writes the period the canonical way", () => {
    const request = templateRequest(
      { unitCode: " CD001 ", unitName: "Sở Tư pháp", period: "nam 2024", cluster: "Cụm 1" },
      "en",
    );
    expect(request).toEqual({
      ok: true,
      options: {
        unitCode: "CD001",
        unitName: "Sở Tư pháp",
        period: "Năm 2024",
        cluster: "Cụm 1",
        lang: "en",
      },
      fileName: "MauBaoCao-CD001.xlsx",
    });
  });

  it.each([
    ["Đơn vị/01", "MauBaoCao-Don-vi-01.xlsx"],
    ["  ", "MauBaoCao.xlsx"],
    ["../..", "MauBaoCao.xlsx"],
    ['=HYPERLINK("x")', "MauBaoCao-HYPERLINK-x.xlsx"],
  ])("names the file for unit code %p as %p", (unitCode, fileName) => {
    const request = templateRequest({ ...blank, unitCode }, "vi");
    expect(request.ok && request.fileName).toBe(fileName);
  });

  it("keeps a formula-like name as text for the writer to write as text", () => {
    const request = templateRequest({ ...blank, unitName: "=1+1" }, "vi");
    expect(request.ok && request.options.unitName).toBe("=1+1");
  });

  it.each([
    ["vi", "'quý 3' không phải là kỳ báo cáo."],
    ["en", "'quý 3' is not a reporting period."],
  ] as const)("refuses a period that does not read, in %s", (lang, start) => {
    const request = templateRequest({ ...blank, period: "quý 3" }, lang);
    expect(request.ok).toBe(false);
    expect(!request.ok && request.problem).toMatch(
      new RegExp(`^${start.replace(/[.()]/g, "\\$&")}`),
    );
  });
});
