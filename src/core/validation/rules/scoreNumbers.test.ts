import { errorValue, formula, reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { scoreNumbers } from "./scoreNumbers";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "ChamDiem", cells);

testRule(scoreNumbers, {
  valid: [
    { name: "number scores", grid: set({}) },
    { name: "appraised scores with decimals", grid: set({ E4: 13.5, E5: 18 }) },
    { name: "an empty self score (another rule reports it)", grid: set({ D6: null }) },
  ],
  invalid: [
    {
      name: "a score with a word",
      grid: set({ D5: "18 điểm" }),
      findings: [["number.not-a-number", "D5"]],
    },
    {
      name: "a score kept as text",
      grid: set({ D6: "19,5" }),
      findings: [["number.as-text", "D6"]],
      messages: ["Ô D6 trang ChamDiem: số '19,5' được nhập dạng văn bản; đã đọc là 19,5."],
      severities: ["warning"],
    },
    {
      name: "formula errors and formulas never computed",
      grid: set({ E7: errorValue("#DIV/0!"), D8: formula("C8*0.9") }),
      findings: [
        ["number.formula-error", "E7"],
        ["number.formula-no-value", "D8"],
      ],
    },
  ],
});
