import { addPickedFiles, type BrowserFile } from "./pickedFiles";

const file = (name: string, content: string, lastModified = 1): BrowserFile =>
  Object.assign(new Blob([content]), { name, lastModified });

describe("addPickedFiles", () => {
  it("adds files in the order given", () => {
    const chosen = addPickedFiles([], [file("CD001.xlsx", "a"), file("CD002.xlsx", "b")]);
    expect(chosen.map((f) => f.name)).toEqual(["CD001.xlsx", "CD002.xlsx"]);
  });

  it("keeps one copy of the same file picked twice, in one pick or two", () => {
    const a = file("CD001.xlsx", "a");
    const once = addPickedFiles([], [a, a]);
    expect(addPickedFiles(once, [a]).map((f) => f.name)).toEqual(["CD001.xlsx"]);
  });

  it("names apart two different files that share a name", () => {
    const chosen = addPickedFiles(addPickedFiles([], [file("BaoCao.xlsx", "first")]), [
      file("BaoCao.xlsx", "second, longer"),
      file("BaoCao.xlsx", "third", 2),
    ]);
    expect(chosen.map((f) => f.name)).toEqual([
      "BaoCao.xlsx",
      "BaoCao (2).xlsx",
      "BaoCao (3).xlsx",
    ]);
  });

  it("numbers a name without an extension at its end", () => {
    const chosen = addPickedFiles([], [file("baocao", "1"), file("baocao", "22")]);
    expect(chosen.map((f) => f.name)).toEqual(["baocao", "baocao (2)"]);
  });

  it("keeps files of any extension, for the reader to report", () => {
    const chosen = addPickedFiles([], [file("ghi-chu.pdf", "%PDF"), file("CD001.xls", "old")]);
    expect(chosen.map((f) => f.name)).toEqual(["ghi-chu.pdf", "CD001.xls"]);
  });

  it("hands over the picked file itself as the contents", () => {
    const a = file("CD001.xlsx", "a");
    expect(addPickedFiles([], [a])[0]?.blob).toBe(a);
  });
});
