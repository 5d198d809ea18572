import { day, reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { datesReadable } from "./datesReadable";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "BaoCao", cells);

testRule(datesReadable, {
  valid: [
    { name: "date cells", grid: set({ C7: day(2010, 3, 15), C8: day(2024, 12, 10) }) },
    { name: "dates typed day first", grid: set({ C7: "15/03/2010", C8: "8/1/21" }) },
    { name: "a date typed year first", grid: set({ C8: "2024-12-10" }) },
    { name: "no founding date (optional)", grid: set({ C7: null }) },
  ],
  invalid: [
    {
      name: "a report date in US order, at its value cell",
      grid: set({ C8: "12/31/2024" }),
      findings: [["date.invalid", "C8"]],
      messages: ["Ô C8 trang BaoCao: '12/31/2024' không phải là ngày hợp lệ."],
    },
    {
      name: "both dates unreadable",
      grid: set({ C7: "khoảng năm 2010", C8: "31/02/2024" }),
      findings: [
        ["date.invalid", "C7"],
        ["date.invalid", "C8"],
      ],
    },
    {
      name: "a plain number as the report date",
      grid: set({ C8: 45636 }),
      findings: [["date.invalid", "C8"]],
    },
  ],
});
