import { strFromU8, unzipSync } from "fflate";
import { packageSink } from "../../workbook/excel/packageZip";
import { nodeDeflate } from "./nodeDeflate";

describe("nodeDeflate", () => {
  it("deflates parts that unzip to the same text as fflate's", () => {
    const xml = `<sheetData>${'<c r="A1" t="s"><v>Công đoàn cơ sở</v></c>'.repeat(5000)}</sheetData>`;
    const zipped = (deflate?: typeof nodeDeflate) => {
      const sink = packageSink(new Date(Date.UTC(2024, 0, 1)), deflate);
      sink.add("xl/worksheets/sheet1.xml", xml);
      return sink.finish();
    };
    const native = zipped(nodeDeflate);
    expect(strFromU8(unzipSync(native)["xl/worksheets/sheet1.xml"]!)).toBe(xml);
    expect(unzipSync(native)).toEqual(unzipSync(zipped()));
    expect(native.length).toBeLessThan(xml.length / 20);
  });
});
