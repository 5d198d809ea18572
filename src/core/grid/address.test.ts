import { columnLetters, fromA1, toA1 } from "./address";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(fromA1(`${letters}1`)).toEqual({ row: 0, col });
  });
  it("writes F14 for row 13, column 5", () => {
    expect(toA1(13, 5)).toBe("F14");
  });
  it("reads absolute addresses and refuses junk", () => {
    expect(fromA1("$F$14")).toEqual({ row: 13, col: 5 });
    expect(fromA1("F0")).toBeNull();
    expect(fromA1("14F")).toBeNull();
  });
});
