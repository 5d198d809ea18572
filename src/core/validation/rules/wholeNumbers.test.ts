import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { wholeNumbers } from "./wholeNumbers";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "BaoCao", cells);

testRule(wholeNumbers, {
  valid: [
    { name: "whole counts", grid: set({}) },
    { name: "money with decimals", grid: set({ F20: 22.75, F23: "5,5" }) },
    { name: "a whole number written with a decimal comma", grid: set({ F12: "120,0" }) },
    { name: "a scale word that makes a whole number", grid: set({ F27: "1,5 nghìn" }) },
  ],
  invalid: [
    {
      name: "a fraction of a person",
      grid: set({ F13: 100.5 }),
      findings: [["indicator.fraction", "F13"]],
      messages: [
        "Ô F13 trang BaoCao: chỉ tiêu DV02 (Tổng số đoàn viên công đoàn) ghi 100,5 người, không phải số nguyên.",
      ],
    },
    {
      name: "a fraction in a target typed as text, and in visits",
      grid: set({ E15: "2,5", F19: 40.25 }),
      findings: [
        ["indicator.fraction", "E15"],
        ["indicator.fraction", "F19"],
      ],
    },
  ],
});
