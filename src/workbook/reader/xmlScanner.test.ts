import { ReaderFailure } from "./readerFailure";
import { XmlScanner } from "./xmlScanner";

function tokens(xml: string, maxDepth = 64): string[] {
  const scanner = new XmlScanner(xml, "part.xml", maxDepth);
  const out: string[] = [];
  for (let token = scanner.next(); token !== "end"; token = scanner.next()) {
    out.push(token === "text" ? `text:${scanner.text()}` : `${token}:${scanner.name}`);
  }
  return out;
}

function failure(run: () => unknown): ReaderFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ReaderFailure) return error;
    throw error;
  }
  throw new Error("expected a ReaderFailure");
}

describe("XmlScanner", () => {
  it.each<[string, string, string[]]>([
    [
      "start, end and self-closing tags with text",
      '<row r="1"><c r="A1"><v>42</v></c><c r="B1"/></row>',
      ["open:row", "open:c", "open:v", "text:42", "close:v", "close:c", "empty:c", "close:row"],
    ],
    [
      "drops namespace prefixes from names",
      '<x:worksheet xmlns:x="urn:x"><x:c/></x:worksheet >',
      ["open:worksheet", "empty:c", "close:worksheet"],
    ],
    [
      "skips the declaration, processing instructions and comments",
      '<?xml version="1.0"?><!-- a <b> comment --><a><?pi x?></a>',
      ["open:a", "close:a"],
    ],
    [
      "gives a CDATA section as text, markup included",
      "<t>x<![CDATA[<b>&amp;</b>]]>y</t>",
      ["open:t", "text:x", "text:<b>&amp;</b>", "text:y", "close:t"],
    ],
    [
      "decodes entities in text",
      "<t>A &amp; B &lt;3&gt; &quot;q&quot; &apos;s&apos; &#65;&#x42;</t>",
      ["open:t", "text:A & B <3> \"q\" 's' AB", "close:t"],
    ],
    [
      "finds the end of a tag whose attribute value holds a bare >",
      '<a title="x > y"/><b/>',
      ["empty:a", "empty:b"],
    ],
  ])("tokenizes: %s", (_name, xml, expected) => {
    expect(tokens(xml)).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    ["r", '<c r="F14" s="3" t="s">', "F14"],
    ["t", '<c r="F14" s="3" t="s">', "s"],
    ["s", "<c r='F14' s = '3'>", "3"],
    ["id", '<sheet name="A" r:id="rId4"/>', "rId4"],
    ["name", '<sheet name="Q&amp;A &lt;1&gt;" sheetId="1"/>', "Q&A <1>"],
    ["space", '<t xml:space="preserve">', "preserve"],
    ["r", '<worksheet xmlns:r="urn:r">', undefined],
    ["x", '<c r="A1">', undefined],
  ])("reads attribute %s of %s", (name, xml, expected) => {
    const scanner = new XmlScanner(`${xml}${xml.endsWith("/>") ? "" : "</x>"}`, "p", 64);
    scanner.next();
    expect(scanner.attr(name)).toBe(expected);
  });

  it("decodes entities in attributes asked for out of their order", () => {
    // Once `t` was read, the remembered next `&` lay past it, and `si` before it was kept raw.
    const scanner = new XmlScanner('<f si="&#48;" t="shared" ref="A&amp;1"/>', "p", 64);
    scanner.next();
    expect(scanner.attr("t")).toBe("shared");
    expect(scanner.attr("si")).toBe("0");
    expect(scanner.attr("ref")).toBe("A&1");
    expect(scanner.attr("si")).toBe("0");
  });

  it("reads an element's text across entities and CDATA, then stands on its end tag", () => {
    const scanner = new XmlScanner("<si><t>a&amp;<![CDATA[<b>]]>c</t><n/></si>", "p", 64);
    scanner.next();
    scanner.next();
    expect(scanner.readText()).toBe("a&<b>c");
    expect([scanner.token, scanner.name, scanner.depth]).toEqual(["close", "t", 1]);
    expect(scanner.next()).toBe("empty");
    expect(scanner.name).toBe("n");
  });

  it("skips a whole element, nested ones included", () => {
    const scanner = new XmlScanner("<a><rPh><t>ア</t><t>イ</t></rPh><t>x</t></a>", "p", 64);
    scanner.next();
    scanner.next();
    scanner.skipElement();
    expect([scanner.token, scanner.name]).toEqual(["close", "rPh"]);
    scanner.next();
    expect(scanner.name).toBe("t");
    expect(scanner.readText()).toBe("x");
  });

  it.each<[string, string, string]>([
    [
      "a DOCTYPE",
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
      "file.xml-doctype",
    ],
    ["an ENTITY declaration", "<x><!ENTITY b SYSTEM 'file:///etc/passwd'></x>", "file.xml-doctype"],
    ["a part cut short", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>', "file.damaged"],
    ["a tag that never closes", '<a><b c="1"', "file.damaged"],
    ["an end tag without a start", "<a></a></b>", "file.damaged"],
    ["an unclosed comment", "<a><!-- x </a>", "file.damaged"],
    ["an unclosed CDATA section", "<a><![CDATA[ x </a>", "file.damaged"],
  ])("refuses %s", (_name, xml, code) => {
    expect(failure(() => tokens(xml)).code).toBe(code);
  });

  it.each<[string, string]>([
    ["a value without quotes", "<c r=A1></c>"],
    ["a name without a value", '<c r="A1" hidden></c>'],
    ["a value whose quote never closes", '<c r="A1></c>'],
  ])("refuses an attribute with %s as damaged", (_name, xml) => {
    const refused = failure(() => tokens(xml));
    expect([refused.code, refused.params]).toEqual(["file.damaged", { part: "part.xml" }]);
  });

  it("refuses nesting one level past the limit, and accepts it at the limit", () => {
    const nested = (n: number) => "<a>".repeat(n) + "</a>".repeat(n);
    expect(tokens(nested(4), 4)).toHaveLength(8);
    const refused = failure(() => tokens(nested(5), 4));
    expect([refused.code, refused.params]).toEqual([
      "file.xml-too-deep",
      { part: "part.xml", limit: 4 },
    ]);
  });

  it("refuses 200,000 nested elements quickly, without using the stack", () => {
    const deep = "<a>".repeat(200_000) + "</a>".repeat(200_000);
    const started = performance.now();
    expect(failure(() => tokens(deep, 64)).code).toBe("file.xml-too-deep");
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
