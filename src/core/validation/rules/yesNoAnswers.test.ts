import { errorValue, formula, reportWorkbook, withCells } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { yesNoAnswers } from "./yesNoAnswers";

const set = (cells: Parameters<typeof withCells>[2]) =>
  withCells(reportWorkbook(), "BaoCao", cells);

testRule(yesNoAnswers, {
  valid: [
    { name: "Có", grid: set({ F18: "Có" }) },
    { name: "words in any case, without diacritics", grid: set({ F18: "KHONG DAT", F28: "đạt" }) },
    { name: "x, 1 and 0", grid: set({ F18: "x", F28: 0 }) },
    { name: "a boolean cell", grid: set({ F18: true }) },
    { name: "an empty answer (another rule reports it)", grid: set({ F18: null }) },
    { name: "a target cell, which the configuration decides", grid: set({ E18: "bắt buộc" }) },
  ],
  invalid: [
    {
      name: "a sentence instead of a yes/no word",
      grid: set({ F18: "Chưa tổ chức" }),
      findings: [["yesno.invalid", "F18"]],
      messages: [
        "Ô F18 trang BaoCao: 'Chưa tổ chức' không phải câu trả lời Có/Không của chỉ tiêu CL01 (Tổ chức Hội nghị CBCCVC).",
      ],
    },
    {
      name: "a number other than 1 or 0",
      grid: set({ F28: 2 }),
      findings: [["yesno.invalid", "F28"]],
    },
    {
      name: "a formula error",
      grid: set({ F18: errorValue("#N/A") }),
      findings: [["number.formula-error", "F18"]],
    },
    {
      name: "a formula never computed",
      grid: set({ F18: formula('IF(A1>0,"Có","Không")') }),
      findings: [["number.formula-no-value", "F18"]],
    },
  ],
});
