import { decodeEntities, decodeEscapedText } from "./xmlText";

describe("decodeEntities", () => {
  it.each<[string, string]>([
    ["plain text", "plain text"],
    ["A &amp; B", "A & B"],
    ["&lt;b&gt; &quot;x&quot; &apos;y&apos;", "<b> \"x\" 'y'"],
    ["Ng&#432;&#7901;i", "Người"],
    ["&#x1EBF;&#X1EBF;", "ếế"],
    ["&#x1F600;", "😀"],
    ["&amp;amp;", "&amp;"],
    ["AT&T; & co", "AT&T; & co"],
    ["&nbsp;&copy;", "&nbsp;&copy;"],
    ["&#xD800;&#x110000;&#;&#x;&#12a;", "&#xD800;&#x110000;&#;&#x;&#12a;"],
    ["trailing &", "trailing &"],
    ["&amp", "&amp"],
  ])("decodes %j as %j", (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});

describe("decodeEscapedText", () => {
  it.each<[string, string]>([
    ["no escapes", "no escapes"],
    ["dòng 1_x000D_\ndòng 2", "dòng 1\r\ndòng 2"],
    ["tab_x0009_here", "tab\there"],
    ["_x005F_x0041_", "_x0041_"],
    ["_x12_ and _xZZZZ_", "_x12_ and _xZZZZ_"],
  ])("decodes %j as %j", (text, expected) => {
    expect(decodeEscapedText(text)).toBe(expected);
  });
});
