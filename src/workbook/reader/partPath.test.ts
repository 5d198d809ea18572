import { relationshipsPartOf, resolveTarget } from "./partPath";

describe("resolveTarget", () => {
  it.each<[string, string, string]>([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"],
    ["xl/workbook.xml", "./worksheets/./sheet3.xml", "xl/worksheets/sheet3.xml"],
    ["xl/workbook.xml", "../docProps/app.xml", "docProps/app.xml"],
    ["xl/workbook.xml", "../../../../evil.xml", "evil.xml"],
    ["xl/workbook.xml", "worksheets\\sheet4.xml", "xl/worksheets/sheet4.xml"],
    ["xl/workbook.xml", "worksheets/B%C3%A1o%20c%C3%A1o.xml", "xl/worksheets/Báo cáo.xml"],
    ["xl/workbook.xml", "worksheets/100%.xml", "xl/worksheets/100%.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["", "/xl/workbook2.xml", "xl/workbook2.xml"],
  ])("resolves %j → %j", (source, target, expected) => {
    expect(resolveTarget(source, target)).toBe(expected);
  });
});

describe("resolveTarget on any target", () => {
  // A leading "./" is a segment the walk drops, and it always sends a target through the walk:
  // a relative target must resolve the same with it, whichever way it went without it.
  it("resolves a relative target as the segment walk does, on thousands of seeded targets", () => {
    const pieces = ["a", "sheet1.xml", ".", "..", "/", "\\", "%20", "%", "x.y", ""];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    let compared = 0;
    for (let i = 0; i < 5000; i++) {
      let target = "";
      for (let n = next() % 6; n >= 0; n--) target += pieces[next() % pieces.length];
      if (target.startsWith("/") || target.startsWith("\\")) continue;
      compared++;
      for (const source of ["xl/workbook.xml", "", "a/b/c.xml", "top.xml"]) {
        expect(resolveTarget(source, target)).toBe(resolveTarget(source, `./${target}`));
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });
});

describe("relationshipsPartOf", () => {
  it.each<[string, string]>([
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"],
    ["xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"],
    ["", "_rels/.rels"],
  ])("names the relationships of %j", (part, expected) => {
    expect(relationshipsPartOf(part)).toBe(expected);
  });
});
