import { formula, reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { indicatorActualEmpty } from "./indicatorActualEmpty";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "BaoCao", cells);

testRule(indicatorActualEmpty, {
  valid: [
    { name: "every actual filled in", grid: set({}) },
    { name: "an empty target (no rate)", grid: set({ E15: null, E33: null }) },
    { name: "a zero", grid: set({ F22: 0 }) },
    {
      name: "a formula never computed (another rule reports it)",
      grid: set({ F22: formula("X1") }),
    },
  ],
  invalid: [
    {
      name: "an empty count, at its cell",
      grid: set({ F22: null }),
      findings: [["indicator.actual-empty", "F22"]],
      messages: [
        'Ô F22 trang BaoCao: chưa nhập số liệu thực hiện của chỉ tiêu CL05 (Nhà "Mái ấm Công đoàn" xây mới, sửa chữa).',
      ],
      severities: ["error"],
    },
    {
      name: "a yes/no left as spaces",
      grid: set({ F18: "  " }),
      findings: [["indicator.actual-empty", "F18"]],
    },
  ],
});
