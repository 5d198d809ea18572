import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { selfScoreMissing } from "./selfScoreMissing";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "ChamDiem", cells);

testRule(selfScoreMissing, {
  valid: [
    { name: "every criterion self-scored, none appraised", grid: set({}) },
    { name: "a zero self score", grid: set({ D6: 0 }) },
  ],
  invalid: [
    {
      name: "a blank self score, even when appraised",
      grid: set({ D6: null, E6: 15 }),
      findings: [["score.self-missing", "D6"]],
      messages: [
        "Ô D6 trang ChamDiem: chưa tự chấm điểm tiêu chí TC3 (Tổ chức các phong trào thi đua).",
      ],
      severities: ["error"],
    },
    {
      name: "two self scores of spaces",
      grid: set({ D4: " ", D10: "" }),
      findings: [
        ["score.self-missing", "D4"],
        ["score.self-missing", "D10"],
      ],
    },
  ],
});
