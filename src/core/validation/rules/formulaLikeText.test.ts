import { formula, reportWorkbook, sheet, withCells, workbook } from "../../../../test/support/grid";
import { testRule } from "../testing/ruleTester";
import { formulaLikeText } from "./formulaLikeText";

const base = reportWorkbook();
const withProposal = (name: string) =>
  workbook(
    ...base.sheets,
    sheet("DeNghiKhenThuong", [
      [
        "STT",
        "Họ và tên / Tên tập thể",
        "Đối tượng",
        "Chức vụ, đơn vị công tác",
        "Hình thức đề nghị",
        "Loại",
        "Thành tích",
      ],
      [1, name, "Cá nhân", "Chủ tịch", "Giấy khen", "Thường xuyên", "Xuất sắc"],
    ]),
  );

testRule(formulaLikeText, {
  valid: [
    { name: "ordinary texts", grid: base },
    {
      name: "a dash inside a name",
      grid: withCells(base, "BaoCao", { C4: "Công đoàn - Sở Y tế" }),
    },
    {
      name: "a negative number in a number column",
      grid: withCells(base, "BaoCao", { F16: "-1" }),
    },
    {
      name: "a formula's text result",
      grid: withCells(base, "BaoCao", { C4: formula("A1", "=abc") }),
    },
    { name: "an ordinary proposal", grid: withProposal("Nguyễn Văn A") },
  ],
  invalid: [
    {
      name: "a unit name beginning with =",
      grid: withCells(base, "BaoCao", { C4: '=HYPERLINK("http://x","Sở Y tế")' }),
      findings: [["text.formula-like", "C4"]],
      messages: [
        'Ô C4 trang BaoCao: văn bản \'=HYPERLINK("http://x","Sở Y tế")\' bắt đầu bằng dấu = như một công thức; được giữ nguyên là văn bản.',
      ],
      severities: ["warning"],
    },
    {
      name: "a unit code with @ and a note with -",
      grid: withCells(base, "BaoCao", { C3: "@CD001", G12: "- tăng 5 người" }),
      findings: [
        ["text.formula-like", "C3"],
        ["text.formula-like", "G12"],
      ],
    },
    {
      name: "an indicator label and a criterion note with +",
      grid: withCells(withCells(base, "BaoCao", { C13: "+ đoàn viên" }), "ChamDiem", {
        F4: "+1 điểm thưởng",
      }),
      findings: [
        ["text.formula-like", "C13"],
        ["text.formula-like", "F4"],
      ],
    },
    {
      name: "a proposed name beginning with =",
      grid: withProposal("=1+1"),
      findings: [["text.formula-like", "B2"]],
    },
  ],
});
