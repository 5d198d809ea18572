import type { Cell } from "../grid/cell";
import { numberIn } from "./numberIn";

const at = (cell: Cell | undefined) => ({ sheet: "BaoCao", address: "F20", cell });

describe("numberIn", () => {
  it.each<[string, Cell | undefined, string | undefined, number | null]>([
    ["a number cell", { t: "n", v: 22.75 }, "triệu đồng", 22.75],
    ["text in the indicator's unit", { t: "s", v: "1,6 tỷ" }, "triệu đồng", 1600],
    ["text without a unit", { t: "s", v: "2.686" }, undefined, 2686],
    ["text that is no number", { t: "s", v: "khoảng 20" }, "người", null],
    ["a blank cell", undefined, "người", null],
    ["an error value", { t: "e", v: "#REF!" }, undefined, null],
  ])("reads %s", (_name, cell, unit, expected) => {
    expect(numberIn(at(cell), unit)).toBe(expected);
  });
});
