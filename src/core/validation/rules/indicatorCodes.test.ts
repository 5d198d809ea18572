import { reportWorkbook, withCells, withRows } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { indicatorCodes } from "./indicatorCodes";

const base = reportWorkbook();
const set = (cells: Parameters<typeof withCells>[2]) => withCells(base, "BaoCao", cells);

testRule(indicatorCodes, {
  valid: [
    { name: "all 18 codes once", grid: base },
    { name: "codes in lower case with spaces", grid: set({ B12: " dv01 ", B33: "cb01" }) },
    { name: "no table at all (the extraction reports it)", grid: set({ B10: "Mã" }) },
  ],
  invalid: [
    {
      name: "a missing code, with no cell",
      grid: set({ B15: null }),
      findings: [["indicator.missing", null]],
      messages: ["Trang BaoCao: thiếu chỉ tiêu DV04 (Đoàn viên kết nạp mới trong kỳ)."],
    },
    {
      name: "a repeated code at the repeat's cell, and the code it replaced missing",
      grid: set({ B15: "DV01" }),
      findings: [
        ["indicator.duplicate", "B15"],
        ["indicator.missing", null],
      ],
      messages: [
        "Ô B15 trang BaoCao: mã chỉ tiêu DV01 lặp lại (đã có ở dòng 12).",
        "Trang BaoCao: thiếu chỉ tiêu DV04 (Đoàn viên kết nạp mới trong kỳ).",
      ],
    },
    {
      name: "an unknown extra code, as a warning",
      grid: withRows(base, "BaoCao", [[19, "XX01", "Chỉ tiêu riêng", "lượt", null, 3]]),
      findings: [["indicator.unknown", "B34"]],
      severities: ["warning"],
    },
  ],
});
