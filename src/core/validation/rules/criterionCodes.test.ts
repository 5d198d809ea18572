import { reportWorkbook, withCells, withRows } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { criterionCodes } from "./criterionCodes";

const base = reportWorkbook();

testRule(criterionCodes, {
  valid: [
    { name: "all 7 codes once", grid: base },
    { name: "codes in lower case", grid: withCells(base, "ChamDiem", { A4: "tc1" }) },
  ],
  invalid: [
    {
      name: "a missing criterion, with no cell",
      grid: withCells(base, "ChamDiem", { A6: null }),
      findings: [["criterion.missing", null]],
      messages: ["Trang ChamDiem: thiếu tiêu chí TC3 (Tổ chức các phong trào thi đua)."],
      severities: ["error"],
    },
    {
      name: "a repeated criterion at the repeat's cell",
      grid: withRows(base, "ChamDiem", [["TC3", "Lặp", 20, 5]]),
      findings: [["criterion.duplicate", "A12"]],
    },
    {
      name: "an unknown criterion, as a warning",
      grid: withRows(base, "ChamDiem", [["TC8", "Thêm", 5, 5]]),
      findings: [["criterion.unknown", "A12"]],
      severities: ["warning"],
    },
  ],
});
