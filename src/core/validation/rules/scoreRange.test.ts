import { defaultRules } from "../../rules";
import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { scoreRange } from "./scoreRange";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "ChamDiem", cells);

testRule(scoreRange, {
  valid: [
    { name: "scores within their max", grid: set({}) },
    { name: "scores at the max and at zero", grid: set({ D4: 15, E4: 0, D9: 5 }) },
    { name: "a wrong Điểm chuẩn on the sheet (the configuration decides)", grid: set({ C4: 10 }) },
  ],
  invalid: [
    {
      name: "a self score above the max",
      grid: set({ D4: 16 }),
      findings: [["score.above-max", "D4"]],
      messages: [
        "Ô D4 trang ChamDiem: điểm Tự chấm 16 của tiêu chí TC1 (Tổ chức Hội nghị CBCCVC, thực hiện quy chế dân chủ) vượt điểm chuẩn 15.",
      ],
    },
    {
      name: "appraised scores below zero and above the max",
      grid: set({ E5: -1, E9: "5,5" }),
      findings: [
        ["score.negative", "E5"],
        ["score.above-max", "E9"],
      ],
    },
    {
      name: "a score above a configured max that differs from the sheet's",
      grid: set({}),
      rules: {
        ...defaultRules,
        criteria: defaultRules.criteria.map((c) =>
          c.code === "TC1" ? { ...c, maxPoints: 10 } : c,
        ),
      },
      findings: [["score.above-max", "D4"]],
    },
  ],
});
