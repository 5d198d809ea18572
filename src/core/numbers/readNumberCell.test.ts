import type { Cell } from "../grid/cell";
import { readNumberCell, type CellNumberReading } from "./readNumberCell";

describe("readNumberCell", () => {
  it.each<[string, Cell | undefined, string | undefined, CellNumberReading]>([
    [
      "a number cell as it is",
      { t: "n", v: 2686 },
      "người",
      { ok: true, value: 2686, fromText: false },
    ],
    [
      "a number cell without converting it",
      { t: "n", v: 1.6 },
      "triệu đồng",
      { ok: true, value: 1.6, fromText: false },
    ],
    [
      "a formula's cached number",
      { t: "n", v: 42, formula: "SUM(F5:F9)" },
      undefined,
      { ok: true, value: 42, fromText: false },
    ],
    [
      "a negative number cell",
      { t: "n", v: -3 },
      "người",
      { ok: true, value: -3, fromText: false },
    ],
    [
      "Vietnamese text as a number from text",
      { t: "s", v: "2.686" },
      "người",
      { ok: true, value: 2686, fromText: true, text: "2.686" },
    ],
    [
      "text with a scale word in the row's unit",
      { t: "s", v: "1,6 tỷ" },
      "triệu đồng",
      { ok: true, value: 1600, fromText: true, text: "1,6 tỷ" },
    ],
    [
      "text with money in đồng into triệu",
      { t: "s", v: " 22.750.000 đồng " },
      "triệu đồng",
      { ok: true, value: 22.75, fromText: true, text: "22.750.000 đồng" },
    ],
    [
      "words as not a number",
      { t: "s", v: "khoảng 20" },
      "người",
      { ok: false, code: "number.not-a-number", text: "khoảng 20" },
    ],
    [
      "an ambiguous text as ambiguous",
      { t: "s", v: "1.5" },
      undefined,
      { ok: false, code: "number.ambiguous", text: "1.5", detail: "single-dot" },
    ],
    [
      "a conflicting unit as a mismatch",
      { t: "s", v: "30%" },
      "người",
      { ok: false, code: "number.unit-mismatch", text: "30%", detail: "%" },
    ],
    [
      "an error value as a formula error",
      { t: "e", v: "#REF!" },
      undefined,
      { ok: false, code: "number.formula-error", text: "#REF!" },
    ],
    [
      "#DIV/0! as a formula error",
      { t: "e", v: "#DIV/0!", formula: "F5/F6" },
      undefined,
      { ok: false, code: "number.formula-error", text: "#DIV/0!" },
    ],
    [
      "a formula without a cached value",
      { t: "f", formula: "SUM(F5:F9)" },
      undefined,
      { ok: false, code: "number.formula-no-value", text: "SUM(F5:F9)" },
    ],
    ["a missing cell as empty", undefined, "người", { ok: false, code: "number.empty", text: "" }],
    [
      "an empty text as empty",
      { t: "s", v: "" },
      undefined,
      { ok: false, code: "number.empty", text: "" },
    ],
    [
      "blank text as empty",
      { t: "s", v: " \u00a0 " },
      undefined,
      { ok: false, code: "number.empty", text: "" },
    ],
    [
      "TRUE as not a number",
      { t: "b", v: true },
      undefined,
      { ok: false, code: "number.not-a-number", text: "TRUE" },
    ],
    [
      "FALSE as not a number",
      { t: "b", v: false },
      undefined,
      { ok: false, code: "number.not-a-number", text: "FALSE" },
    ],
    [
      "a date as not a number",
      { t: "d", v: new Date(Date.UTC(2021, 0, 8)) },
      undefined,
      { ok: false, code: "number.not-a-number", text: "08/01/2021" },
    ],
    [
      "NaN in a number cell as not a number",
      { t: "n", v: Number.NaN },
      undefined,
      { ok: false, code: "number.not-a-number", text: "NaN" },
    ],
  ])("reads %s", (_what, cell, unit, expected) => {
    expect(readNumberCell(cell, { unit })).toEqual(expected);
  });
});
