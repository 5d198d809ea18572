import { parseRelationships } from "./parseRelationships";

const NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("parseRelationships", () => {
  it("reads ids, types and targets resolved from the source part, and leaves out external links", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId3" Type="${NS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${NS}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId1" Type="${NS}/worksheet" Target="worksheets/sheet1.xml"></Relationship>` +
      `<Relationship Id="rId9" Type="${NS}/hyperlink" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"/>` +
      "</Relationships>";
    expect(parseRelationships(xml, "xl/_rels/workbook.xml.rels", "xl/workbook.xml", 64)).toEqual([
      { id: "rId3", type: `${NS}/styles`, target: "xl/styles.xml" },
      { id: "rId2", type: `${NS}/worksheet`, target: "xl/worksheets/sheet2.xml" },
      { id: "rId1", type: `${NS}/worksheet`, target: "xl/worksheets/sheet1.xml" },
    ]);
  });

  it("reads the package's own relationships from the root", () => {
    const xml = `<Relationships><Relationship Id="rId1" Type="${NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
    expect(parseRelationships(xml, "_rels/.rels", "", 64)).toEqual([
      { id: "rId1", type: `${NS}/officeDocument`, target: "xl/workbook.xml" },
    ]);
  });
});
