import {
  errorValue,
  formula,
  reportWorkbook,
  withCells,
  withRows,
} from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { indicatorNumbers } from "./indicatorNumbers";

const base = reportWorkbook();
const set = (cells: Parameters<typeof withCells>[2]) => withCells(base, "BaoCao", cells);

testRule(indicatorNumbers, {
  valid: [
    { name: "number cells", grid: base },
    { name: "an empty target of an indicator with a target", grid: set({ E15: null }) },
    { name: "an empty actual (another rule reports it)", grid: set({ F22: null }) },
    {
      name: "yes/no words, which are text by nature",
      grid: set({ F18: "Có", F28: "Không", E18: "Có" }),
    },
    { name: "a computed formula", grid: set({ F12: formula("SUM(X1:X3)", 120) }) },
    {
      name: "text in the row of an unknown code",
      grid: withRows(base, "BaoCao", [[19, "XX01", "Riêng", "lượt", null, "khoảng 3"]]),
    },
  ],
  invalid: [
    {
      name: "text that is not a number",
      grid: set({ F14: "khoảng 20" }),
      findings: [["number.not-a-number", "F14"]],
      messages: ["Ô F14 trang BaoCao: 'khoảng 20' không phải là số."],
    },
    {
      name: "ambiguous separators in a target",
      grid: set({ E15: "1.5" }),
      findings: [["number.ambiguous", "E15"]],
    },
    {
      name: "a unit of money in a row of people",
      grid: set({ F12: "5 tỷ" }),
      findings: [["number.unit-mismatch", "F12"]],
    },
    {
      name: "a formula error",
      grid: set({ F19: errorValue("#REF!") }),
      findings: [["number.formula-error", "F19"]],
    },
    {
      name: "a formula never computed",
      grid: set({ F21: formula("SUM(X1:X2)") }),
      findings: [["number.formula-no-value", "F21"]],
    },
    {
      name: "numbers kept as text, once per cell, units and scale words included",
      grid: set({ E15: "10 người", F15: "12", F20: "22.750.000 đồng" }),
      findings: [
        ["number.as-text", "E15"],
        ["number.as-text", "F15"],
        ["number.as-text", "F20"],
      ],
      messages: [
        "Ô E15 trang BaoCao: số '10 người' được nhập dạng văn bản; đã đọc là 10 người.",
        "Ô F15 trang BaoCao: số '12' được nhập dạng văn bản; đã đọc là 12 người.",
        "Ô F20 trang BaoCao: số '22.750.000 đồng' được nhập dạng văn bản; đã đọc là 22,75 triệu đồng.",
      ],
      severities: ["warning", "warning", "warning"],
    },
    {
      name: "text in the repeat of a code",
      grid: withRows(base, "BaoCao", [[19, "DV01", "Lặp", "người", null, "abc"]]),
      findings: [["number.not-a-number", "F34"]],
    },
  ],
});
