import { makeFinding, relocalizeFinding } from "./makeFinding";

describe("makeFinding", () => {
  it("fills the message from the catalog with location and parameters", () => {
    const f = makeFinding("file.unreadable", { file: "a.xlsx" }, { reason: "zip hỏng" });
    expect(f).toMatchObject({
      code: "file.unreadable",
      severity: "error",
      file: "a.xlsx",
      sheet: null,
      cell: null,
      message: "Tệp a.xlsx: không đọc được (zip hỏng).",
    });
    expect(f.hint).toMatch(/\.xlsx/);
  });
  it("renders the same finding in English", () => {
    const f = makeFinding("file.unreadable", { file: "a.xlsx" }, { reason: "bad zip" });
    expect(relocalizeFinding(f, "en").message).toBe("File a.xlsx: cannot be read (bad zip).");
  });
});
