import type { Cell } from "../grid/cell";
import { cellText } from "./cellText";

describe("cellText", () => {
  it.each<[string, Cell | undefined, string]>([
    ["text as typed", { t: "s", v: "khoảng 20" }, "khoảng 20"],
    ["a number", { t: "n", v: 216.8 }, "216.8"],
    ["a boolean as Excel shows it", { t: "b", v: false }, "FALSE"],
    ["an error value", { t: "e", v: "#REF!" }, "#REF!"],
    ["a date day first", { t: "d", v: new Date(Date.UTC(2021, 0, 8)) }, "08/01/2021"],
    ["a formula never computed", { t: "f", formula: "SUM(D4:D10)" }, "=SUM(D4:D10)"],
    ["a blank cell as nothing", undefined, ""],
  ])("quotes %s", (_name, cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});
