import { child, findAll, parseXml } from "./xml";

describe("parseXml", () => {
  it("reads elements, attributes, text and entities", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- note --><a x="1 &amp; 2" y=\'&#x110;\'><b>CĐVC &lt;3&gt;</b><c/><![CDATA[<raw>]]></a>',
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 & 2", y: "Đ" });
    expect(child(root, "b")?.text).toBe("CĐVC <3>");
    expect(child(root, "c")?.children).toEqual([]);
    expect(root.text).toBe("<raw>");
  });

  it("resolves default and prefixed namespaces, inherited and overridden", () => {
    const root = parseXml(
      '<r xmlns="urn:a" xmlns:bt="urn:bt"><bt:Image id="i"/><V xmlns="urn:v"><Host/></V></r>',
    );
    expect(root.ns).toBe("urn:a");
    expect(findAll(root, "Image")[0]).toMatchObject({ name: "bt:Image", ns: "urn:bt" });
    expect(findAll(root, "Host")[0]?.ns).toBe("urn:v");
    expect(findAll(root, "Host", "urn:a")).toEqual([]);
  });

  it.each([
    ["a mismatched closing tag", "<a><b></a></b>", /does not close/],
    ["an element never closed", "<a><b></b>", /never closed/],
    ["two roots", "<a/><b/>", /second root/],
    ["text outside the root", "<a/>x", /outside the root/],
    ["an undeclared prefix", "<a><bt:Image/></a>", /prefix "bt"/],
    ["an undeclared attribute prefix", '<a xsi:type="T"/>', /prefix "xsi"/],
    ["an unknown entity", "<a>&nbsp;</a>", /unknown entity/],
    ["a bare ampersand", "<a>A & B</a>", /unterminated entity/],
    ["an unquoted attribute", "<a x=1/>", /malformed attribute/],
    ["a repeated attribute", '<a x="1" x="2"/>', /repeated/],
    ["a doctype", "<!DOCTYPE a><a/>", /DOCTYPE/],
    ["an empty document", "  ", /no root/],
  ])("rejects %s", (_case, source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });
});
