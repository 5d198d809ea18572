import { parseContentTypes } from "./parseContentTypes";

const XML =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="XML" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  "</Types>";

describe("parseContentTypes", () => {
  it.each<[string, string | undefined]>([
    ["xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"],
    [
      "XL/Worksheets/Sheet1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    ],
    ["xl/_rels/workbook.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["docProps/core.xml", "application/xml"],
    ["xl/media/image1.png", undefined],
    ["xl/noextension", undefined],
  ])("gives the type of %j", (part, expected) => {
    expect(parseContentTypes(XML, 64)(part)).toBe(expected);
  });
});
