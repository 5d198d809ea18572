import { crc32 } from "./crc32";
import { readWorkbook, type ReadOptions, type ReadResult } from "./index";
import {
  dataRangeOf,
  deflatedZeros,
  entriesOf,
  excelBytes,
  minimalWorkbookParts,
  rawZip,
  sheetXmlOf,
  zipOf,
} from "./testSupport";

const MB = 1024 * 1024;
const text = (s: string) => new TextEncoder().encode(s);

// Each hostile file must be refused with its own code, fast, and leave the reader able to read
// a good file right after.
let good: Uint8Array;
beforeAll(async () => {
  good = await excelBytes((workbook) => {
    const sheet = workbook.addWorksheet("BaoCao");
    sheet.getCell("A3").value = "Mã đơn vị";
    sheet.getCell("C3").value = "CDCS-017";
    sheet.getCell("F14").value = 216.8;
  });
});

function refusal(
  bytes: Uint8Array,
  options: ReadOptions = {},
): { code: string; result: ReadResult } {
  const started = performance.now();
  const result = readWorkbook(bytes, "don-vi.xlsx", options);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(5000);
  if (result.ok) throw new Error("expected the file to be refused");
  expect(result.findings).toHaveLength(1);
  const [finding] = result.findings;
  expect(finding).toMatchObject({ severity: "error", file: "don-vi.xlsx", cell: null });
  expect(finding!.message).toContain("don-vi.xlsx");
  expect(finding!.hint).not.toBe("");
  // The good file still reads after the hostile one.
  const after = readWorkbook(good, "tot.xlsx");
  expect(after.ok && after.workbook.sheets[0]!.rows[13]![5]).toEqual({ t: "n", v: 216.8 });
  return { code: finding!.code, result };
}

function minimalWith(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  return zipOf({ ...minimalWorkbookParts(sheetXml), ...extra });
}

// The parts of a minimal workbook, deflated honestly, plus a sheet part whose zip headers lie.
function withLyingSheet(data: Uint8Array, declaredSize: number): Uint8Array {
  const parts = minimalWorkbookParts("");
  return rawZip([
    ...Object.entries(parts)
      .filter(([name]) => name !== "xl/worksheets/sheet1.xml")
      .map(([name, content]) => ({ name, text: content })),
    { name: "xl/worksheets/sheet1.xml", data, method: 8, declaredSize, crc: 0 },
  ]);
}

function ole2With(streamNames: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streamNames.forEach((name, n) => {
    for (let i = 0; i < name.length; i++) out[1024 + n * 128 + i * 2] = name.charCodeAt(i);
  });
  return out;
}

describe("readWorkbook on hostile and broken files", () => {
  it("reads the good file used as the control", () => {
    const result = readWorkbook(good, "tot.xlsx");
    expect(result.ok && result.workbook.sheetNames).toEqual(["BaoCao"]);
  });

  it.each<[string, () => Uint8Array, string]>([
    ["an empty file", () => new Uint8Array(0), "file.not-xlsx"],
    [
      "random bytes",
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2]),
      "file.not-xlsx",
    ],
    [
      "a CSV export",
      () => text("Mã số;Chỉ tiêu;Thực hiện\r\nDV01;Tổng số CBCCVC;2.686\r\n"),
      "file.csv",
    ],
    [
      "a web page saved as .xls",
      () => text("<html><body><table><tr><td>DV01</td></tr></table></body></html>"),
      "file.csv",
    ],
    [
      "an old .xls workbook",
      () => ole2With(["Root Entry", "Workbook", "SummaryInformation"]),
      "file.xls",
    ],
    [
      "an xlsx encrypted with a password to open",
      () => ole2With(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
      "file.password-protected",
    ],
  ])("refuses %s", (_name, bytes, code) => {
    expect(refusal(bytes()).code).toBe(code);
  });

  it("refuses a file larger than the limit before unpacking it", () => {
    const huge = new Uint8Array(21 * MB);
    huge.set(good);
    const { code, result } = refusal(huge);
    expect(code).toBe("file.too-large");
    expect(!result.ok && result.findings[0]!.params).toEqual({ size: 21, limit: 20 });
    expect(refusal(good, { limits: { maxFileBytes: 1000 } }).code).toBe("file.too-large");
  });

  it("refuses a 700 MB zip bomb that declares a small size, quickly", () => {
    const bomb = withLyingSheet(deflatedZeros(2_800_000), 1000);
    expect(bomb.length).toBeLessThan(5 * MB);
    const { code, result } = refusal(bomb);
    expect(code).toBe("file.zip-bomb");
    expect(!result.ok && result.findings[0]!.params).toEqual({ limit: 100 });
  });

  it("refuses a zip bomb that declares its true size, before unpacking it", () => {
    expect(refusal(withLyingSheet(deflatedZeros(2_800_000), 1 + 258 * 2_800_000)).code).toBe(
      "file.zip-bomb",
    );
  });

  it("refuses parts that together unpack past the limit", () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(30_000)}</t></is></c></row>`;
    const bytes = minimalWith(sheetXmlOf(rows));
    expect(refusal(bytes, { limits: { maxInflatedBytes: 20_000 } }).code).toBe("file.zip-bomb");
  });

  it.each<[string, string]>([
    ["the sheet", "xl/worksheets/sheet1.xml"],
    ["the workbook part", "xl/workbook.xml"],
    ["the shared strings", "xl/sharedStrings.xml"],
  ])("refuses a DOCTYPE with entities in %s, never expanding them", (_name, part) => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const parts = minimalWorkbookParts(sheetXmlOf('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'));
    parts["xl/sharedStrings.xml"] = "<sst><si><t>a</t></si></sst>";
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]!.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    parts[part] =
      laughs + parts[part]!.replace(/^<\?xml[^>]*\?>/, "").replace("<t>a</t>", "<t>&lol3;</t>");
    const { code, result } = refusal(zipOf(parts));
    expect(code).toBe("file.xml-doctype");
    expect(!result.ok && result.findings[0]!.params).toEqual({ part });
  });

  it("refuses 200,000 nested elements without blowing the stack", () => {
    const deep = sheetXmlOf("").replace(
      "<sheetData>",
      "<sheetData>" + "<x>".repeat(200_000) + "</x>".repeat(200_000),
    );
    const { code, result } = refusal(minimalWith(deep));
    expect(code).toBe("file.xml-too-deep");
    expect(!result.ok && result.findings[0]!.params).toEqual({
      part: "xl/worksheets/sheet1.xml",
      limit: 64,
    });
  });

  it("refuses a 300,000-row sheet, naming the sheet", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 300_000; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const { code, result } = refusal(minimalWith(sheetXmlOf(rows.join(""))));
    expect(code).toBe("file.sheet-too-long");
    expect(!result.ok && result.findings[0]).toMatchObject({
      sheet: "BaoCao",
      params: { row: 20_001, limit: 20_000 },
    });
  });

  it("refuses a truncated file as damaged", () => {
    expect(refusal(good.subarray(0, Math.floor(good.length * 0.6))).code).toBe("file.damaged");
  });

  it("refuses a file with a flipped bit in a sheet's stored data as damaged", () => {
    const stored = zipOf(entriesOf(good), 0);
    expect(readWorkbook(stored, "tot.xlsx").ok).toBe(true);
    const { start, end } = dataRangeOf(stored, "xl/worksheets/sheet1.xml");
    const digit = stored.indexOf("2".charCodeAt(0), start); // a digit of 216.8 or of an address
    expect(digit).toBeLessThan(end);
    stored[digit] = stored[digit]! ^ 0x01;
    const { code, result } = refusal(stored);
    expect(code).toBe("file.damaged");
    expect(!result.ok && result.findings[0]!.params).toEqual({ part: "xl/worksheets/sheet1.xml" });
  });

  it("never reads a file with any single flipped bit in a sheet's compressed data", () => {
    const { start, end } = dataRangeOf(good, "xl/worksheets/sheet1.xml");
    const codes = new Set<string>();
    for (let k = 0; k < 48; k++) {
      const flipped = good.slice();
      const at = start + Math.floor(((end - start) * k) / 48);
      flipped[at] = flipped[at]! ^ (1 << (k % 8));
      codes.add(refusal(flipped).code);
    }
    // Damage inside deflate data shows as a broken stream or checksum, or as output longer than
    // the entry declares.
    expect(
      [...codes].filter((code) => code !== "file.damaged" && code !== "file.zip-bomb"),
    ).toEqual([]);
    expect(codes.has("file.damaged")).toBe(true);
  });

  it("refuses a zip whose entries are encrypted as password-protected", () => {
    const parts = minimalWorkbookParts(sheetXmlOf(""));
    const bytes = rawZip(
      Object.entries(parts).map(([name, content]) => {
        const data = text(content);
        return { name, data, method: 0, declaredSize: data.length, crc: crc32(data), flags: 1 };
      }),
    );
    expect(refusal(bytes).code).toBe("file.password-protected");
  });

  it.each<[string, () => Uint8Array]>([
    ["a zip of other files", () => zipOf({ "readme.txt": "hello", "data/report.csv": "a,b" })],
    [
      "a zip holding only a traversal name",
      () => zipOf({ "../../evil": "x", "../xl/workbook.xml": "<workbook/>" }),
    ],
    [
      "a Word document",
      () =>
        zipOf({
          "[Content_Types].xml":
            '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
          "_rels/.rels":
            '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          "word/document.xml": "<document/>",
        }),
    ],
    [
      "a binary .xlsb workbook",
      () =>
        zipOf({
          "[Content_Types].xml":
            '<Types><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
          "_rels/.rels":
            '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
          "xl/workbook.bin": "\u0083\u0001\u0000",
        }),
    ],
  ])("refuses %s as not a workbook", (_name, bytes) => {
    expect(refusal(bytes()).code).toBe("file.not-workbook");
  });

  it("reads a workbook that also holds entries with traversal names, ignoring them", () => {
    const bytes = minimalWith(sheetXmlOf('<row r="2"><c r="B2"><v>7</v></c></row>'), {
      "../../evil": "x",
      "/etc/passwd": "x",
      "C:\\Windows\\evil.dll": "x",
    });
    const result = readWorkbook(bytes, "don-vi.xlsx");
    expect(result.ok && result.workbook.sheets[0]!.rows[1]![1]).toEqual({ t: "n", v: 7 });
  });

  it.each<[string, (parts: Record<string, string>) => void, string]>([
    [
      "no [Content_Types].xml",
      (parts) => delete parts["[Content_Types].xml"],
      "[Content_Types].xml",
    ],
    [
      "no workbook relationships",
      (parts) => delete parts["xl/_rels/workbook.xml.rels"],
      "xl/_rels/workbook.xml.rels",
    ],
    [
      "a sheet whose part is missing",
      (parts) => delete parts["xl/worksheets/sheet1.xml"],
      "xl/worksheets/sheet1.xml",
    ],
    [
      "a sheet part cut short",
      (parts) => (parts["xl/worksheets/sheet1.xml"] = sheetXmlOf("<row>").slice(0, -30)),
      "xl/worksheets/sheet1.xml",
    ],
  ])("refuses a workbook with %s as damaged, naming the part", (_name, damage, part) => {
    const parts = minimalWorkbookParts(sheetXmlOf(""));
    damage(parts);
    const { code, result } = refusal(zipOf(parts));
    expect(code).toBe("file.damaged");
    expect(!result.ok && result.findings[0]!.params).toEqual({ part });
  });

  it("refuses a zip holding two entries of the same name as damaged", () => {
    const parts = minimalWorkbookParts(sheetXmlOf('<row r="1"><c r="A1"><v>1</v></c></row>'));
    const entries = Object.entries(parts).map(([name, content]) => ({ name, text: content }));
    const shadow = {
      name: "xl/worksheets/sheet1.xml",
      text: sheetXmlOf('<row r="1"><c r="A1"><v>2</v></c></row>'),
    };
    const { code, result } = refusal(rawZip([...entries, shadow]));
    expect(code).toBe("file.damaged");
    expect(!result.ok && result.findings[0]!.params).toEqual({ part: "xl/worksheets/sheet1.xml" });
  });

  it("turns an unexpected failure into file.unreadable instead of throwing", () => {
    const { code, result } = refusal(good, {
      sheetFilter: () => {
        throw new TypeError("boom");
      },
    });
    expect(code).toBe("file.unreadable");
    expect(!result.ok && result.findings[0]!.params).toEqual({ reason: "TypeError: boom" });
  });

  it("writes its findings in English when asked", () => {
    const result = readWorkbook(text("a,b\n1,2\n"), "units.csv", { lang: "en" });
    expect(!result.ok && result.findings[0]!.message).toBe(
      "File units.csv is a text file (CSV, HTML or plain text), not an Excel .xlsx workbook.",
    );
  });

  it("writes its findings in Vietnamese by default", () => {
    const result = readWorkbook(ole2With(["Workbook"]), "bao-cao-cu.xls");
    expect(!result.ok && result.findings[0]!.message).toBe(
      "Tệp bao-cao-cu.xls là sổ Excel định dạng cũ (.xls, Excel 97–2003), không đọc được.",
    );
  });
});
