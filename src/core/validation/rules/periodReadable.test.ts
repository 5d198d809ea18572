import { reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { periodReadable } from "./periodReadable";

const period = (value: Parameters<typeof withCells>[2][string]) =>
  withCells(reportWorkbook(), "BaoCao", { C5: value });

testRule(periodReadable, {
  valid: [
    { name: "Năm 2024", grid: period("Năm 2024") },
    { name: "a first half year", grid: period("6 tháng đầu năm 2021") },
    { name: "a second half year without diacritics", grid: period("6 thang cuoi nam 2021") },
    { name: "a term in capitals", grid: period("NHIỆM KỲ 2023-2028") },
    { name: "an empty period (another rule reports it)", grid: period(null) },
  ],
  invalid: [
    {
      name: "a school year, at its value cell",
      grid: period("Năm học 2024"),
      findings: [["period.invalid", "C5"]],
      messages: ["Ô C5 trang BaoCao: không đọc được kỳ báo cáo 'Năm học 2024'."],
    },
    { name: "a bare year number", grid: period(2024), findings: [["period.invalid", "C5"]] },
  ],
});
