import { utf8Length } from "./utf8Length";

describe("utf8Length", () => {
  it.each([
    "",
    "abc",
    "Tổng hợp",
    "Công đoàn cơ sở Sở Y tế",
    "emoji 😀 pair",
    "lone \ud800 surrogate",
    '[["=HYPERLINK(\\"x\\")",1,null]]',
  ])("counts %j as many bytes as the UTF-8 encoder does", (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});
