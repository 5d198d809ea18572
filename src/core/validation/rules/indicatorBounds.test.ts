import { defaultRules } from "../../rules";
import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { indicatorBounds } from "./indicatorBounds";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "BaoCao", cells);

testRule(indicatorBounds, {
  valid: [
    { name: "women ≤ members ≤ employees", grid: set({}) },
    { name: "equal figures", grid: set({ F12: 100, F13: 100, F14: 100 }) },
    { name: "an unreadable bound (another rule reports it)", grid: set({ F13: "abc", F14: 150 }) },
    { name: "a missing row (another rule reports it)", grid: set({ B13: null, F14: 150 }) },
    {
      name: "a bound the configuration does not set",
      grid: set({ F14: 150 }),
      rules: {
        ...defaultRules,
        indicators: defaultRules.indicators.map(({ atMost: _atMost, ...i }) => i),
      },
    },
  ],
  invalid: [
    {
      name: "more women than members, at the women's cell",
      grid: set({ F14: 120 }),
      findings: [["indicator.exceeds", "F14"]],
      messages: [
        "Ô F14 trang BaoCao: DV03 (Trong đó: đoàn viên nữ) là 120, lớn hơn DV02 (Tổng số đoàn viên công đoàn) là 100.",
      ],
    },
    {
      name: "more members than employees, at the members' cell",
      grid: set({ F13: 130 }),
      findings: [["indicator.exceeds", "F13"]],
    },
    {
      name: "both, with figures typed as text",
      grid: set({ F13: "130 người", F14: "140" }),
      findings: [
        ["indicator.exceeds", "F13"],
        ["indicator.exceeds", "F14"],
      ],
    },
  ],
});
