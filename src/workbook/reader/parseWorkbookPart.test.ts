import { parseWorkbookPart } from "./parseWorkbookPart";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

describe("parseWorkbookPart", () => {
  it("lists the sheets in tab order, with names decoded", () => {
    const xml =
      HEAD +
      '<fileVersion appName="xl"/><workbookPr defaultThemeVersion="124226"/>' +
      '<workbookProtection workbookPassword="CC3D" lockStructure="1"/>' +
      '<bookViews><workbookView activeTab="1"/></bookViews><sheets>' +
      '<sheet name="ChamDiem" sheetId="2" r:id="rId2"/>' +
      '<sheet name="BaoCao" sheetId="1" state="hidden" r:id="rId1"/>' +
      '<sheet name="Q&amp;A &quot;2024&quot;" sheetId="3" r:id="rId3"/>' +
      '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">BaoCao!$A$1:$G$40</definedName></definedNames></workbook>';
    expect(parseWorkbookPart(xml, "xl/workbook.xml", 64)).toEqual({
      sheets: [
        { name: "ChamDiem", relationshipId: "rId2" },
        { name: "BaoCao", relationshipId: "rId1" },
        { name: 'Q&A "2024"', relationshipId: "rId3" },
      ],
      date1904: false,
    });
  });

  it.each<[string, boolean]>([
    ['<workbookPr date1904="1"/>', true],
    ['<workbookPr date1904="true"/>', true],
    ['<workbookPr date1904="0"/>', false],
    ['<workbookPr date1904="false"/>', false],
    ["<workbookPr/>", false],
    ["", false],
  ])("reads the date system from %j", (workbookPr, expected) => {
    const xml = `${HEAD}${workbookPr}<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(parseWorkbookPart(xml, "xl/workbook.xml", 64).date1904).toBe(expected);
  });

  it("reads a workbook whose elements carry a namespace prefix", () => {
    const xml =
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r">' +
      '<x:sheets><x:sheet name="BaoCao" sheetId="1" r:id="R7"/></x:sheets></x:workbook>';
    expect(parseWorkbookPart(xml, "xl/workbook.xml", 64).sheets).toEqual([
      { name: "BaoCao", relationshipId: "R7" },
    ]);
  });
});
