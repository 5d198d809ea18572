import type { Cell } from "../grid/cell";
import { isBlankCell } from "./isBlankCell";

describe("isBlankCell", () => {
  it.each<[string, Cell | undefined, boolean]>([
    ["no cell", undefined, true],
    ["empty text", { t: "s", v: "" }, true],
    ["spaces only", { t: "s", v: " \t " }, true],
    ["zero", { t: "n", v: 0 }, false],
    ["text", { t: "s", v: "Có" }, false],
    ["a formula without a value", { t: "f", formula: "A1+1" }, false],
  ])("treats %s as blank: %s", (_name, cell, expected) => {
    expect(isBlankCell(cell)).toBe(expected);
  });
});
