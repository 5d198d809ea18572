import { isRulesSheetName, jsonFromLines } from "./rulesSheet";

describe("rules sheet", () => {
  it.each([
    ["CauHinh", true],
    ["Cấu hình", true],
    ["CAU HINH", true],
    ["Tổng hợp", false],
    ["CauHinh2", false],
  ])("takes %j as a rules sheet: %s", (name, expected) => {
    expect(isRulesSheetName(name)).toBe(expected);
  });

  it.each([
    [["{", '  "version": 1', "}"], '{\n  "version": 1\n}'],
    [["CẤU HÌNH", "ghi chú", "", "{", "}", "", ""], "{\n}"],
    [["  {", "}"], "  {\n}"],
    [["ghi chú"], null],
    [[], null],
  ])("finds the JSON in %j", (lines, expected) => {
    expect(jsonFromLines(lines)).toBe(expected);
  });
});
