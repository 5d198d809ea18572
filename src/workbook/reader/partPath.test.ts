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

describe("relationshipsPartOf", () => {
  it.each<[string, string]>([
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"],
    ["xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"],
    ["", "_rels/.rels"],
  ])("names the relationships of %j", (part, expected) => {
    expect(relationshipsPartOf(part)).toBe(expected);
  });
});
