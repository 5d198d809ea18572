import { parseSharedStrings } from "./parseSharedStrings";
import { ReaderFailure } from "./readerFailure";

const sst = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</sst>`;

describe("parseSharedStrings", () => {
  it.each<[string, string, string]>([
    ["plain text", "<si><t>Mã đơn vị</t></si>", "Mã đơn vị"],
    [
      "rich text runs",
      '<si><r><t xml:space="preserve">Báo </t></r><r><rPr><b/><sz val="11"/></rPr><t>cáo</t></r></si>',
      "Báo cáo",
    ],
    [
      "kept whitespace",
      '<si><t xml:space="preserve">  hai  dấu cách  </t></si>',
      "  hai  dấu cách  ",
    ],
    ["whitespace without xml:space", "<si><t> a </t></si>", " a "],
    [
      "a phonetic guide left out",
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
      "東京",
    ],
    [
      "entities and character references",
      "<si><t>A &amp; B &lt;5&gt; &#272;&#x1EA1;t</t></si>",
      "A & B <5> Đạt",
    ],
    ["a CDATA section", "<si><t><![CDATA[x < y & z]]></t></si>", "x < y & z"],
    [
      "Excel's escape for a carriage return",
      "<si><t>dòng 1_x000D_\ndòng 2</t></si>",
      "dòng 1\r\ndòng 2",
    ],
    ["text that looks like a formula", "<si><t>=SUM(A1:A3)</t></si>", "=SUM(A1:A3)"],
    ["an empty item", "<si><t/></si>", ""],
  ])("reads %s", (_name, item, expected) => {
    expect(parseSharedStrings(sst(item), "xl/sharedStrings.xml", 64, 32767)).toEqual([expected]);
  });

  it("keeps the items in order, empty ones included, so that indexes hold", () => {
    const xml = sst("<si><t>STT</t></si><si/><si><t></t></si><si><t>Ghi chú</t></si>");
    expect(parseSharedStrings(xml, "xl/sharedStrings.xml", 64, 32767)).toEqual([
      "STT",
      "",
      "",
      "Ghi chú",
    ]);
  });

  it("refuses a text longer than the limit, naming the part", () => {
    const xml = sst(`<si><r><t>${"a".repeat(6)}</t></r><r><t>${"b".repeat(5)}</t></r></si>`);
    let refused: unknown;
    try {
      parseSharedStrings(xml, "xl/sharedStrings.xml", 64, 10);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ReaderFailure);
    expect([(refused as ReaderFailure).code, (refused as ReaderFailure).params]).toEqual([
      "file.string-too-long",
      { part: "xl/sharedStrings.xml", limit: 10 },
    ]);
  });
});
