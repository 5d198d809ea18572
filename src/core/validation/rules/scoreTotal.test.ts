import { formula, reportWorkbook, withCells, withoutRows } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { scoreTotal } from "./scoreTotal";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "ChamDiem", cells);

testRule(scoreTotal, {
  valid: [
    { name: "a total that agrees, and an appraised total never computed", grid: set({}) },
    {
      name: "a computed SUM",
      grid: set({ D11: formula("SUM(D4:D10)", 92), E11: formula("SUM(E4:E10)", 0) }),
    },
    { name: "a blank total", grid: set({ D11: null, E11: null }) },
    { name: "rows that agree at two decimals", grid: set({ D4: 14.004 }) },
    {
      name: "a column with an unreadable score (another rule reports it)",
      grid: set({ D4: "abc", D11: 95 }),
    },
    { name: "no total row", grid: withoutRows(reportWorkbook(), "ChamDiem", [11]) },
  ],
  invalid: [
    {
      name: "a self total that disagrees, as a warning at the total's cell",
      grid: set({ D11: 95 }),
      findings: [["score.total-mismatch", "D11"]],
      messages: [
        "Ô D11 trang ChamDiem: dòng Tổng cộng cột Tự chấm ghi 95, nhưng cộng các tiêu chí được 92.",
      ],
      severities: ["warning"],
    },
    {
      name: "an appraised total with decimals that disagrees",
      grid: set({ E4: 13.5, E5: 18, E11: 31 }),
      findings: [["score.total-mismatch", "E11"]],
    },
    {
      name: "a total kept as text",
      grid: set({ D11: "92" }),
      findings: [["number.as-text", "D11"]],
      severities: ["warning"],
    },
    {
      name: "an unreadable total, as a warning only",
      grid: set({ D11: "chín mươi hai" }),
      findings: [["number.not-a-number", "D11"]],
      severities: ["warning"],
    },
  ],
});
