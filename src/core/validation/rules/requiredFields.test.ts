import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { requiredFields } from "./requiredFields";

const base = reportWorkbook();
const set = (cells: Parameters<typeof withCells>[2]) => withCells(base, "BaoCao", cells);

testRule(requiredFields, {
  valid: [
    { name: "a complete header", grid: base },
    { name: "an empty optional cluster and founding date", grid: set({ C6: null, C7: null }) },
    { name: "a label that is gone (the extraction reports it)", grid: set({ A3: null, C3: null }) },
    {
      name: "a version label without value (a warning of the extraction)",
      grid: set({ C2: null }),
    },
  ],
  invalid: [
    {
      name: "an empty unit code, at its label cell",
      grid: set({ C3: null }),
      findings: [["field.empty", "A3"]],
      messages: ["Ô A3 trang BaoCao: mục 'Mã đơn vị' chưa có giá trị."],
    },
    {
      name: "a unit name of spaces only",
      grid: set({ C4: "   " }),
      findings: [["field.empty", "A4"]],
    },
    {
      name: "an empty period and report date",
      grid: set({ C5: null, C8: null }),
      findings: [
        ["field.empty", "A5"],
        ["field.empty", "A8"],
      ],
    },
  ],
});
