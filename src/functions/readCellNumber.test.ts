import { formatNumberForMessage, readCellNumber } from "./readCellNumber";

describe("readCellNumber", () => {
  it.each<[string, unknown, number]>([
    ["keeps a number cell", 153, 153],
    ["keeps 0", 0, 0],
    ["keeps a negative number for the caller to judge", -4, -4],
    ["reads 2.686 typed as text as two thousand six hundred eighty-six", "2.686", 2686],
    ["reads 216,8 typed as text as two hundred sixteen point eight", "216,8", 216.8],
    ["reads text with spaces around it", "  59 ", 59],
  ])("%s", (_name, cell, value) => {
    expect(readCellNumber(cell)).toEqual({ kind: "number", value });
  });

  it.each<[string, unknown]>([
    ["reads an empty cell (null) as blank", null],
    ["reads an empty cell (undefined) as blank", undefined],
    ["reads empty text as blank", ""],
    ["reads spaces as blank", "   "],
  ])("%s", (_name, cell) => {
    expect(readCellNumber(cell)).toEqual({ kind: "blank" });
  });

  it.each<[string, unknown, string]>([
    ["quotes text that is not a number", "khoảng 20", "'khoảng 20' không phải là số"],
    ["names TRUE as not a number", true, "TRUE"],
    ["names FALSE as not a number", false, "FALSE"],
    ["refuses an object", { value: 1 }, "không phải là số"],
  ])("%s (#VALUE!)", (_name, cell, quoted) => {
    const read = readCellNumber(cell);
    expect(read.kind).toBe("error");
    if (read.kind !== "error") return;
    expect(read.error.cellError).toBe("#VALUE!");
    expect(read.error.message).toContain(quoted);
  });

  it("writes the message in English on request", () => {
    const read = readCellNumber("abc", "en");
    expect(read).toEqual({
      kind: "error",
      error: { cellError: "#VALUE!", message: expect.stringContaining("'abc' is not a number") },
    });
  });
});

describe("formatNumberForMessage", () => {
  it.each<[number, "vi" | "en", string]>([
    [85.5, "vi", "85,5"],
    [85.5, "en", "85.5"],
    [90, "vi", "90"],
  ])("writes %p in %s as %p", (value, lang, expected) => {
    expect(formatNumberForMessage(value, lang)).toBe(expected);
  });
});
