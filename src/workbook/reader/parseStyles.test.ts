import { parseStyles } from "./parseStyles";

describe("parseStyles", () => {
  it("marks the cell formats whose number format shows a date, built-in or custom", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
      '<numFmt numFmtId="165" formatCode="#,##0 &quot;đồng&quot;"/>' +
      '<numFmt numFmtId="166" formatCode="[$-42A]d&quot; tháng &quot;m&quot; năm &quot;yyyy"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/></font></fonts>' +
      '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="0"/></cellStyleXfs>' +
      '<cellXfs count="7"><xf numFmtId="0" fontId="0"/>' +
      '<xf numFmtId="164" applyNumberFormat="1"><alignment horizontal="center"/></xf>' +
      '<xf numFmtId="165"/><xf numFmtId="14"/><xf/><xf numFmtId="166"/><xf numFmtId="3"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="dd/mm/yyyy"/></dxf></dxfs>' +
      "</styleSheet>";
    expect(parseStyles(xml, "xl/styles.xml", 64)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("ignores a differential format that reuses a custom id", () => {
    const xml =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.00"/></numFmts>' +
      '<cellXfs><xf numFmtId="164"/></cellXfs>' +
      '<dxfs><dxf><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></dxf></dxfs></styleSheet>';
    expect(parseStyles(xml, "xl/styles.xml", 64)).toEqual([false]);
  });
});
