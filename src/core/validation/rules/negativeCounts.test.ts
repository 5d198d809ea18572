import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { negativeCounts } from "./negativeCounts";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "BaoCao", cells);

testRule(negativeCounts, {
  valid: [
    { name: "positive counts", grid: set({}) },
    { name: "zeros", grid: set({ F15: 0, E15: 0 }) },
    { name: "unreadable text (another rule reports it)", grid: set({ F15: "âm 3" }) },
  ],
  invalid: [
    {
      name: "a negative actual",
      grid: set({ F15: -3 }),
      findings: [["indicator.negative", "F15"]],
      messages: ["Ô F15 trang BaoCao: chỉ tiêu DV04 (Đoàn viên kết nạp mới trong kỳ) có số âm -3."],
    },
    {
      name: "a negative target typed as text, and a negative count of members lost",
      grid: set({ E15: "-2", F16: -1 }),
      findings: [
        ["indicator.negative", "E15"],
        ["indicator.negative", "F16"],
      ],
    },
  ],
});
